import { discardImportedFile, performProfileImport } from "@/lib/profile-import/perform-profile-import";
import { defineWorkflow } from "../workflow";

/** A CV or a LinkedIn file was sent: it is read, its proposals written, and a LinkedIn file discarded. */
export const readProfileImport = defineWorkflow({
  id: "read-profile-import",
  trigger: "profile-import.requested",
  handler: async ({ event, step }) => {
    const result = await step.run("read", () => performProfileImport(event.data.importId));
    await step.run("discard-file", () => discardImportedFile(event.data.importId));
    return result;
  },
});

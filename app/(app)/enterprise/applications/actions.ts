"use server";
import { changeApplicationStatus } from "@/lib/applications/change-application-status";
import { serverAction } from "@/lib/core/server-action";

/** The recruiter's move on one application (the pipeline board will call the same use case). */
export const moveApplication = serverAction(async (input: { id: string; change: unknown }, actor) => {
  const { id, change } = typeof input === "object" && input !== null ? input : { id: "", change: undefined };
  const view = await changeApplicationStatus(actor, String(id ?? ""), change ?? {});
  return { id: view.id, status: view.status };
});

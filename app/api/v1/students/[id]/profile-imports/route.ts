import { apiRoute } from "@/lib/core/api-route";
import { AppError, field, invalid, unauthenticated } from "@/lib/core/errors";
import { readCappedForm } from "@/lib/core/read-body";
import { uploadedFile } from "@/lib/documents/uploaded-file";
import { listProfileImports } from "@/lib/profile-import/get-profile-import";
import { PROFILE_IMPORT_RULES } from "@/lib/profile-import/schemas";
import { startCvImport, startLinkedInImport } from "@/lib/profile-import/start-profile-import";

const MAX_REQUEST_BYTES = PROFILE_IMPORT_RULES.maxBytes + 64 * 1024;
const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", {
    key: "fileTooLarge",
    values: { megabytes: PROFILE_IMPORT_RULES.maxBytes / 1024 / 1024 },
  });

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => listProfileImports(await actor(), params.id));

/** A LinkedIn file as multipart (`file`), or `{ "source": "CV" }` to read the profile's CV again. */
export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, request, body }) => {
    const me = await actor();
    if (!me) throw unauthenticated();
    if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data"))
      return startCvImport(me, params.id, await body());
    const form = await readCappedForm(request, MAX_REQUEST_BYTES, tooLarge);
    if (!form) throw invalid({ file: field("required") }, "profileImportBody");
    return startLinkedInImport(me, params.id, await uploadedFile(form.get("file")));
  },
  { status: 202, rateLimit: { points: 30, seconds: 3600 } },
);

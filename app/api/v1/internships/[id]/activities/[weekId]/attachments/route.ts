import { apiRoute } from "@/lib/core/api-route";
import { AppError, field, invalid, unauthenticated } from "@/lib/core/errors";
import { readCappedForm } from "@/lib/core/read-body";
import type { UploadedFile } from "@/lib/documents/store-document";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";
import { uploadedFile } from "@/lib/documents/uploaded-file";
import { attachActivityFiles } from "@/lib/internships/attach-activity-files";
import { LOGBOOK_ATTACHMENTS_MAX } from "@/lib/internships/schemas";

const { maxBytes } = UPLOAD_RULES.LOGBOOK_ATTACHMENT;
const MAX_REQUEST_BYTES = LOGBOOK_ATTACHMENTS_MAX * maxBytes + 64 * 1024;
const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", { key: "fileTooLarge", values: { megabytes: maxBytes / 1024 / 1024 } });

/** Multipart: one to three files, each in a field named `files`. */
export const POST = apiRoute<{ id: string; weekId: string }>(
  async ({ actor, params, request }) => {
    const me = await actor();
    if (!me) throw unauthenticated();
    const form = await readCappedForm(request, MAX_REQUEST_BYTES, tooLarge);
    if (!form) throw invalid({ files: field("required") });
    const files = (await Promise.all(form.getAll("files").map(uploadedFile))).filter(
      (file): file is UploadedFile => file !== null,
    );
    return attachActivityFiles(me, params.id, params.weekId, files);
  },
  { status: 201, rateLimit: { points: 30, seconds: 3600 } },
);

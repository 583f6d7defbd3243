import { apiRoute } from "@/lib/core/api-route";
import { AppError, field, invalid, unauthenticated } from "@/lib/core/errors";
import { readCappedForm } from "@/lib/core/read-body";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";
import { uploadedFile } from "@/lib/documents/uploaded-file";
import { uploadCv } from "@/lib/students/upload-cv";

// The CV limit plus room for the multipart envelope.
const MAX_CV_REQUEST_BYTES = UPLOAD_RULES.CV.maxBytes + 64 * 1024;
const cvTooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", {
    key: "fileTooLarge",
    values: { megabytes: UPLOAD_RULES.CV.maxBytes / 1024 / 1024 },
  });

/** Multipart, not JSON: the PDF is the `file` field. */
export const PUT = apiRoute<{ id: string }>(
  async ({ actor, params, request }) => {
    // Who is calling is settled before a possibly large body is read.
    const me = await actor();
    if (!me) throw unauthenticated();
    const form = await readCappedForm(request, MAX_CV_REQUEST_BYTES, cvTooLarge);
    if (!form) throw invalid({ file: field("required") }, "cvMultipart");
    return uploadCv(me, params.id, await uploadedFile(form.get("file")));
  },
  { rateLimit: { points: 30, seconds: 3600 } },
);

import { apiRoute } from "@/lib/core/api-route";
import { AppError, field, invalid, unauthenticated } from "@/lib/core/errors";
import { readCappedForm } from "@/lib/core/read-body";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";
import { uploadedFile } from "@/lib/documents/uploaded-file";
import { listInternshipReports } from "@/lib/internships/list-internship-reports";
import { uploadFinalReport } from "@/lib/internships/upload-final-report";

const MAX_REQUEST_BYTES = UPLOAD_RULES.REPORT.maxBytes + 64 * 1024;
const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", {
    key: "fileTooLarge",
    values: { megabytes: UPLOAD_RULES.REPORT.maxBytes / 1024 / 1024 },
  });

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  listInternshipReports(await actor(), params.id),
);

/** Multipart: the PDF is the `file` field. */
export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, request }) => {
    const me = await actor();
    if (!me) throw unauthenticated();
    const form = await readCappedForm(request, MAX_REQUEST_BYTES, tooLarge);
    if (!form) throw invalid({ file: field("required") });
    return uploadFinalReport(me, params.id, await uploadedFile(form.get("file")));
  },
  { status: 201, rateLimit: { points: 30, seconds: 3600 } },
);

import { apiRoute } from "@/lib/core/api-route";
import { AppError, field, invalid, unauthenticated } from "@/lib/core/errors";
import { readCappedForm } from "@/lib/core/read-body";
import { uploadInternshipDocument } from "@/lib/documents/upload-internship-document";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";
import { uploadedFile } from "@/lib/documents/uploaded-file";

const MAX_FILE_BYTES = Math.max(UPLOAD_RULES.INSURANCE_CERTIFICATE.maxBytes, UPLOAD_RULES.OTHER.maxBytes);
const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", { key: "fileTooLarge", values: { megabytes: MAX_FILE_BYTES / 1024 / 1024 } });

/** Multipart: `internshipId`, `kind`, `title?`, `documentId?` (a new version of it) and the `file`. */
export const POST = apiRoute(
  async ({ actor, request }) => {
    const me = await actor();
    if (!me) throw unauthenticated();
    const form = await readCappedForm(request, MAX_FILE_BYTES + 64 * 1024, tooLarge);
    if (!form) throw invalid({ file: field("required") });
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" && value !== "" ? value : undefined;
    };
    return uploadInternshipDocument(
      me,
      text("internshipId") ?? "",
      { kind: text("kind"), title: text("title"), documentId: text("documentId") },
      await uploadedFile(form.get("file")),
    );
  },
  { status: 201, rateLimit: { points: 30, seconds: 3600 } },
);

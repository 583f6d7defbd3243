import { apiRoute } from "@/lib/core/api-route";
import { AppError } from "@/lib/core/errors";
import { readCappedBytes } from "@/lib/core/read-body";
import { verifyCertificateFile } from "@/lib/documents/certificates/verify-certificate-file";

const MAX_BYTES = 6 * 1024 * 1024;

/**
 * Public: a certificate's PDF or credential JSON, sent as the body (application/pdf,
 * application/json) or as the `file` field of a form, answers whether it matches what was signed.
 */
export const POST = apiRoute(
  async ({ request }) => {
    const type = request.headers.get("content-type") ?? "";
    let bytes = await readCappedBytes(request, MAX_BYTES);
    if (type.startsWith("multipart/form-data")) {
      const form = await new Response(bytes as BlobPart, { headers: { "content-type": type } })
        .formData()
        .catch(() => null);
      const file = form?.get("file");
      if (!file || typeof file === "string") throw new AppError("VALIDATION", "certificateFileUnreadable");
      bytes = new Uint8Array(await file.arrayBuffer());
    }
    if (bytes.byteLength === 0) throw new AppError("VALIDATION", "certificateFileUnreadable");
    return verifyCertificateFile(bytes);
  },
  { rateLimit: { points: 30, seconds: 60 } },
);

import { apiRoute } from "@/lib/core/api-route";
import { invalid } from "@/lib/core/errors";
import { uploadCv, uploadedFile } from "@/lib/students/upload-cv";

/** Multipart, not JSON: the PDF is the `file` field. */
export const PUT = apiRoute<{ id: string }>(
  async ({ actor, params, request }) => {
    const form = await request.formData().catch(() => {
      throw invalid({ file: "required" }, "Send the CV as multipart/form-data, in a field named `file`.");
    });
    return uploadCv(await actor(), params.id, await uploadedFile(form.get("file")));
  },
  { rateLimit: { points: 30, seconds: 3600 } },
);

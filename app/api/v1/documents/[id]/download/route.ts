import { apiRoute } from "@/lib/core/api-route";
import { downloadDocument } from "@/lib/documents/download-document";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const file = await downloadDocument(await actor(), params.id);
  return new Response(file.bytes as BodyInit, {
    headers: {
      "content-type": file.contentType,
      // Only logos are shown in pages; anything else is saved, and never runs as a page of this site.
      "content-disposition": `${file.kind === "LOGO" ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "content-security-policy": "sandbox; default-src 'none'",
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=0",
      digest: `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`,
    },
  });
});

import { apiRoute } from "@/lib/core/api-route";
import { downloadDocument } from "@/lib/documents/download-document";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) => {
  const file = await downloadDocument(await actor(), params.id, query());
  // A reader is sent on to a signed short-lived link; the bytes only ever leave through one.
  if ("redirect" in file)
    return new Response(null, { status: 303, headers: { location: file.redirect, "cache-control": "no-store" } });
  // A PDF shown in a frame of our own pages (the applicant's CV): the browser's PDF viewer refuses
  // sandboxed documents, so it is framed by this site only, and still never a page of its own.
  const framedPdf = query().disposition === "inline" && file.contentType === "application/pdf";
  return new Response(file.bytes as BodyInit, {
    headers: {
      "content-type": file.contentType,
      // Only logos and framed PDFs are shown in pages; anything else is saved, and never runs as a page of this site.
      "content-disposition": `${file.kind === "LOGO" || framedPdf ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "content-security-policy": framedPdf
        ? "default-src 'none'; frame-ancestors 'self'"
        : "sandbox; default-src 'none'; frame-ancestors 'none'",
      "x-frame-options": framedPdf ? "SAMEORIGIN" : "DENY",
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=0",
      digest: `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`,
    },
  });
});

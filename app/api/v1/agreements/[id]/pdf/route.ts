import { readAgreementPdf, readAgreementPdfByCode, readSignedDocument } from "@/lib/agreements/read-agreement-pdf";
import { apiRoute } from "@/lib/core/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) => {
  const { code, signed } = query();
  // An outside signer reads with the code of their e-mailed link; anyone else with their session,
  // and the document a signature signed by its hash.
  const pdf = code
    ? await readAgreementPdfByCode(params.id, code)
    : signed !== undefined
      ? await readSignedDocument(await actor(), params.id, { signed })
      : await readAgreementPdf(await actor(), params.id);
  return new Response(Buffer.from(pdf.bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${pdf.fileName}"`,
      "cache-control": "private, no-store",
      "x-content-sha256": pdf.sha256,
    },
  });
});

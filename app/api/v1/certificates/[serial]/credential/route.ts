import { apiRoute } from "@/lib/core/api-route";
import { notFound } from "@/lib/core/errors";
import { lookUpCertificate } from "@/lib/documents/certificates/look-up-certificate";

/** Public: the signed credential as a file, to keep in a wallet or check offline. */
export const GET = apiRoute<{ serial: string }>(async ({ params }) => {
  const found = await lookUpCertificate(params.serial);
  if (found.status === "UNKNOWN") throw notFound("certificateNotFound");
  return new Response(JSON.stringify(found.credential, null, 2), {
    headers: {
      "content-type": "application/ld+json; charset=utf-8",
      "content-disposition": `attachment; filename="${found.serial}.credential.json"`,
      "cache-control": "no-store",
    },
  });
});

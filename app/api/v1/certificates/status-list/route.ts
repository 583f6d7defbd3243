import { apiRoute } from "@/lib/core/api-route";
import { signedStatusList } from "@/lib/documents/certificates/status-list";

/** Public: the platform's Bitstring Status List credential (revocation), signed on each request. */
export const GET = apiRoute(async () => {
  const credential = await signedStatusList();
  return new Response(JSON.stringify(credential), {
    headers: { "content-type": "application/vc+ld+json", "cache-control": "public, max-age=60" },
  });
});

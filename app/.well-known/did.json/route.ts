import { issuerDidDocument } from "@/lib/documents/certificates/issuer";

/** The platform's did:web document: the public key that checks every certificate it signed. */
export async function GET() {
  return Response.json(await issuerDidDocument(), {
    headers: {
      "content-type": "application/did+json",
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
    },
  });
}

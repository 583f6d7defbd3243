import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import type { Ed25519KeyPair } from "@digitalbazaar/ed25519-multikey";
import { env } from "@/lib/core/env";
import type { IssuerDidDocument } from "./verify-in-browser";

/** The platform's issuer identity: did:web of APP_URL's host, its key published at /.well-known/did.json. */
export function issuerDid(): string {
  const { host } = new URL(env().APP_URL);
  return `did:web:${encodeURIComponent(host)}`;
}

export const issuerKeyId = () => `${issuerDid()}#key-1`;

let cached: { seed: string; key: Promise<Ed25519KeyPair> } | undefined;

/** The signing key, derived from CREDENTIAL_SIGNING_KEY (a 32-byte seed), once per process. */
export function issuerKey(): Promise<Ed25519KeyPair> {
  const seed = env().CREDENTIAL_SIGNING_KEY;
  if (cached?.seed !== seed) {
    const did = issuerDid();
    cached = {
      seed,
      key: Ed25519Multikey.generate({
        seed: new Uint8Array(Buffer.from(seed, "base64url")),
        id: `${did}#key-1`,
        controller: did,
      }),
    };
  }
  return cached.key;
}

/** The public verification method, as published (Multikey). */
export async function issuerVerificationMethod(): Promise<Record<string, unknown>> {
  const key = await issuerKey();
  const { "@context": _context, ...method } = await key.export({ publicKey: true, includeContext: true });
  return method;
}

/** The DID document served at /.well-known/did.json (and carried by the verification pages). */
export async function issuerDidDocument(): Promise<IssuerDidDocument & Record<string, unknown>> {
  const method = (await issuerVerificationMethod()) as IssuerDidDocument["verificationMethod"][number];
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
    id: issuerDid(),
    verificationMethod: [method],
    assertionMethod: [method.id],
    authentication: [method.id],
  };
}

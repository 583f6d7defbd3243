import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import { credentialLoader } from "./credential-loader";
import { signedStatusList, statusListUrl } from "./status-list";

export type CredentialCheck =
  { valid: true; revoked: boolean } | { valid: false; reason: "signatureMismatch" | "notACredential" };

/**
 * Checks a credential's proof against the platform's published key (offline: bundled contexts,
 * our own DID) and reads its revocation bit. A changed field, another key or another issuer
 * fails; a revoked credential still has a valid proof, so its status is reported apart.
 */
export async function checkCredential(credential: unknown): Promise<CredentialCheck> {
  if (!credential || typeof credential !== "object" || Array.isArray(credential)) {
    return { valid: false, reason: "notACredential" };
  }
  const documentLoader = credentialLoader({ url: statusListUrl(), credential: signedStatusList });
  const suite = new DataIntegrityProof({ cryptosuite });
  let result: Awaited<ReturnType<typeof vc.verifyCredential>>;
  try {
    result = await vc.verifyCredential({ credential, suite, documentLoader, checkStatus });
  } catch {
    return { valid: false, reason: "signatureMismatch" };
  }
  // `verified` covers the proof and the status list's own proof; a set revocation bit does not clear it.
  if (!result.verified) return { valid: false, reason: "signatureMismatch" };
  return { valid: true, revoked: result.statusResult?.results?.[0]?.status === true };
}

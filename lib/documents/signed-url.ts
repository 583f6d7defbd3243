import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/core/env";
import { forbidden } from "@/lib/core/errors";

/** A key of its own for download links, derived from AUTH_SECRET: a session token never verifies as a link. */
const key = () => Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "", "stagiaire document download v1", 32));

const mac = (documentId: string, versionId: string, expires: number) =>
  createHmac("sha256", key()).update(`${documentId}\n${versionId}\n${expires}`).digest("base64url");

export type SignedDownload = { url: string; expiresAt: Date };

/**
 * A short-lived link to one version of a document: whoever holds it may download that version
 * until it expires (DOCUMENT_URL_TTL_SECONDS), without signing in. Hand it only to callers the
 * documents policy let read the document.
 */
export function signDownload(
  documentId: string,
  versionId: string,
  options: { inline?: boolean; now?: Date } = {},
): SignedDownload {
  const now = options.now ?? new Date();
  const expires = Math.floor(now.getTime() / 1000) + env().DOCUMENT_URL_TTL_SECONDS;
  const query = new URLSearchParams({
    v: versionId,
    expires: String(expires),
    sig: mac(documentId, versionId, expires),
  });
  if (options.inline) query.set("disposition", "inline");
  return {
    url: `/api/v1/documents/${encodeURIComponent(documentId)}/download?${query}`,
    expiresAt: new Date(expires * 1000),
  };
}

/** Whether the query carries a signature at all (else the caller's session decides). */
export const isSignedQuery = (query: Record<string, string>) => "sig" in query || "expires" in query;

/** The version a signed link names, or a 403 when it was altered or has expired. */
export function checkSignedDownload(documentId: string, query: Record<string, string>, now = new Date()): string {
  const { v, expires, sig } = query;
  if (!v || !expires || !sig || !/^\d{1,12}$/.test(expires)) throw forbidden("downloadLinkInvalid");
  const expected = Buffer.from(mac(documentId, v, Number(expires)));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw forbidden("downloadLinkInvalid");
  if (Number(expires) * 1000 <= now.getTime()) throw forbidden("downloadLinkExpired");
  return v;
}

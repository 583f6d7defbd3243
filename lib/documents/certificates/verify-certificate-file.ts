import { createHash } from "node:crypto";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { checkCredential } from "./check-credential";
import { embeddedCredential } from "./embedded-credential";

export type FileVerification =
  | {
      valid: true;
      status: "VALID" | "REVOKED";
      serial: string | null;
      revokedAt: Date | null;
    }
  | { valid: false; reason: "signatureMismatch" | "documentAltered" };

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-");

/**
 * Checks a file someone holds: a certificate's PDF or its credential JSON. The credential's proof
 * must hold against the platform's key (a changed field or another key fails), and a PDF must be
 * byte for byte the one issued (its SHA-256), since its printed text is not what was signed.
 * Anything else — not a PDF with our credential, not JSON — is refused as unreadable.
 */
export async function verifyCertificateFile(bytes: Uint8Array): Promise<FileVerification> {
  const pdf = isPdf(bytes);
  let credential: unknown;
  if (pdf) credential = await embeddedCredential(bytes);
  else {
    try {
      credential = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      credential = null;
    }
  }
  if (!credential || typeof credential !== "object" || Array.isArray(credential)) {
    throw new AppError("VALIDATION", "certificateFileUnreadable");
  }
  const check = await checkCredential(credential);
  if (!check.valid) return { valid: false, reason: "signatureMismatch" };
  const id = (credential as { id?: unknown }).id;
  const serial = typeof id === "string" ? (id.split("/verify/")[1] ?? null) : null;
  const row = serial
    ? await db.certificate.findUnique({
        where: { serial },
        select: { revokedAt: true, document: { select: { versions: { select: { sha256: true } } } } },
      })
    : null;
  if (pdf) {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (!row?.document?.versions.some((v) => v.sha256 === sha256)) return { valid: false, reason: "documentAltered" };
  }
  const revoked = row ? row.revokedAt !== null : check.revoked;
  return { valid: true, status: revoked ? "REVOKED" : "VALID", serial, revokedAt: row?.revokedAt ?? null };
}

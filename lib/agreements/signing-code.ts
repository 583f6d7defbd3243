import { createHash, randomBytes } from "node:crypto";

/** How long an e-mailed signing link works: short, and one click on an expired one sends a new one. */
export const SIGNING_CODE_HOURS = 48;

/** A random URL-safe code to e-mail once; only its digest is stored (AgreementStep.codeHash). */
export const newSigningCode = () => randomBytes(24).toString("base64url");
export const codeDigest = (code: string) => createHash("sha256").update(code).digest("hex");
export const codeExpiry = (from = Date.now()) => new Date(from + SIGNING_CODE_HOURS * 3600_000);

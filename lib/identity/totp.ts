import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { digest } from "./secure-token";

/** RFC 6238 defaults, the ones every authenticator app reads from an otpauth:// URI. */
const PERIOD = 30;
const ISSUER = "Stagiaire";
export const RECOVERY_CODE_COUNT = 10;

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

const totp = (secret: string, label = "") =>
  new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });

/** The otpauth:// URI an authenticator app scans from the QR code. */
export const totpUri = (secret: string, email: string) => totp(secret, email).toString();

/** The time step a code belongs to, or null: one step either side of now is accepted for clock drift. */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

/** The current code of a secret (tests, and the demo admin's documented secret). */
export const currentTotpCode = (secret: string, now = Date.now()) => totp(secret).generate({ timestamp: now });

export const isTotpCode = (code: string) => /^\d{6}$/.test(code);

/** Crockford's base32 (no i, l, o, u): 32 symbols, so each random byte's low 5 bits pick one evenly. */
const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** Ten codes like `k7m2p-x9q4r` (50 bits each); only their digest is stored. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((b) => RECOVERY_ALPHABET[b & 31]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Recovery codes compare without case, spaces or dashes, as people type them. */
export const recoveryCodeDigest = (code: string) => digest(code.toLowerCase().replace(/[\s-]/g, ""));

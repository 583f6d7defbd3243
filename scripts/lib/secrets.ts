import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Secrets = {
  AUTH_SECRET: string;
  JWT_PRIVATE_KEY: string;
  VAPID_PUBLIC_KEY: string;
  VAPID_PRIVATE_KEY: string;
  /** The 32-byte Ed25519 seed (base64url) of the key that signs certificates (Verifiable Credentials). */
  CREDENTIAL_SIGNING_KEY: string;
};

export function generateSecrets(): Secrets {
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const vapid = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const publicJwk = vapid.publicKey.export({ format: "jwk" });
  const privateJwk = vapid.privateKey.export({ format: "jwk" });
  // Web Push wants the uncompressed P-256 point (0x04 | x | y) and the private scalar, base64url.
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(publicJwk.x!, "base64url"),
    Buffer.from(publicJwk.y!, "base64url"),
  ]);
  return {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    JWT_PRIVATE_KEY: rsa.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    VAPID_PUBLIC_KEY: point.toString("base64url"),
    VAPID_PRIVATE_KEY: privateJwk.d!,
    CREDENTIAL_SIGNING_KEY: randomBytes(32).toString("base64url"),
  };
}

/**
 * The embedded default for secrets: generated on the first start, kept in DATA_DIR/secrets.json,
 * and put into process.env wherever the environment does not already set them.
 */
export function applyLocalSecrets(dataDir: string): void {
  const file = path.join(dataDir, "secrets.json");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(generateSecrets(), null, 2), { mode: 0o600 });
  }
  let secrets = JSON.parse(readFileSync(file, "utf8")) as Secrets;
  // A secret added since the file was written (e.g. the certificate signing key) is generated once and kept.
  const fresh = generateSecrets();
  const missing = (Object.keys(fresh) as (keyof Secrets)[]).filter((key) => !secrets[key]);
  if (missing.length > 0) {
    secrets = { ...secrets, ...Object.fromEntries(missing.map((key) => [key, fresh[key]])) };
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  for (const [key, value] of Object.entries(secrets)) process.env[key] ||= value;
}

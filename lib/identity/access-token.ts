import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { env } from "@/lib/core/env";
import { unauthenticated } from "@/lib/core/errors";

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const ISSUER = "stagiaire";
const AUDIENCE = "stagiaire-api";

let keys: { privateKey: KeyObject; publicKey: KeyObject } | undefined;
function signingKeys() {
  if (!keys) {
    const pem = env().JWT_PRIVATE_KEY.replace(/\\n/g, "\n");
    keys = { privateKey: createPrivateKey(pem), publicKey: createPublicKey(pem) };
  }
  return keys;
}

/** An RS256 access token for API clients, valid 15 minutes. */
export function signAccessToken(user: { id: string; role: string }): Promise<string> {
  return new SignJWT({ role: user.role })
    .setProtectedHeader({ alg: "RS256", typ: "JWT" })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_SECONDS}s`)
    .sign(signingKeys().privateKey);
}

/** The user id of a valid access token; anything else is UNAUTHENTICATED. */
export async function verifyAccessToken(token: string): Promise<string> {
  try {
    const { payload } = await jwtVerify(token, signingKeys().publicKey, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["RS256"],
    });
    if (!payload.sub) throw new Error("no subject");
    return payload.sub;
  } catch {
    throw unauthenticated();
  }
}

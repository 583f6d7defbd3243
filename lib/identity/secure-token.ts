import { createHash, randomBytes } from "node:crypto";

/** A random URL-safe token to hand out once; only its digest is stored. */
export const newToken = () => randomBytes(32).toString("base64url");

export const digest = (token: string) => createHash("sha256").update(token).digest("hex");

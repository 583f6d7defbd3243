import { createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/core/env";

/** A key of its own for feed tokens, derived from AUTH_SECRET: no other signed value verifies as a feed. */
const key = () => Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "", "stagiaire calendar feed v1", 32));

export const newSalt = () => randomBytes(16).toString("base64url");

/**
 * The secret of a feed: an HMAC of the user and the feed's salt. The database holds the salt and
 * the token's SHA-256, never the token, so a copy of the database alone opens no feed, while the
 * settings page can show the address again.
 */
export const feedToken = (userId: string, salt: string) =>
  createHmac("sha256", key()).update(`${userId}\n${salt}`).digest("base64url");

export const tokenDigest = (token: string) => createHash("sha256").update(token).digest("hex");

/** 32 bytes of HMAC in base64url: anything else names no feed and never reaches the database. */
export const isFeedTokenShape = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The subscription address; calendars want it to end in .ics. */
export const feedUrl = (token: string) => `${env().APP_URL}/api/v1/calendar/feed/${token}.ics`;

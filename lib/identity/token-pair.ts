import { randomUUID } from "node:crypto";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import { ACCESS_TOKEN_SECONDS, signAccessToken } from "./access-token";
import { refreshSchema } from "./schemas";
import { digest, newToken } from "./secure-token";

const REFRESH_TOKEN_DAYS = 7;

export type TokenPair = { accessToken: string; refreshToken: string; tokenType: "Bearer"; expiresIn: number };
type ClientInfo = { ip?: string; userAgent?: string };

const invalidRefreshToken = () => new AppError("UNAUTHENTICATED", "refreshTokenInvalid");

/** A new access token plus an opaque refresh token (stored hashed) in the given family. */
async function issuePair(user: { id: string; role: string }, familyId: string, client: ClientInfo): Promise<TokenPair> {
  const refreshToken = newToken();
  await db.refreshToken.create({
    data: {
      userId: user.id,
      familyId,
      tokenHash: digest(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86400_000),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300),
    },
  });
  return {
    accessToken: await signAccessToken(user),
    refreshToken,
    tokenType: "Bearer",
    expiresIn: ACCESS_TOKEN_SECONDS,
  };
}

/** Login for API clients: starts a new token family. */
export const startTokenFamily = (user: { id: string; role: string }, client: ClientInfo) =>
  issuePair(user, randomUUID(), client);

/**
 * Exchanges a refresh token for a new pair. Each token works once: presenting one that was
 * already used (a sign that it leaked) revokes its whole family.
 */
export async function rotateRefreshToken(input: unknown, client: ClientInfo): Promise<TokenPair> {
  const { refreshToken } = await validate(refreshSchema, input);
  const row = await db.refreshToken.findUnique({
    where: { tokenHash: digest(refreshToken) },
    include: { user: { select: { id: true, role: true, disabledAt: true } } },
  });
  if (!row || row.revokedAt || row.expiresAt <= new Date() || row.user.disabledAt) throw invalidRefreshToken();

  const claimed = await db.refreshToken.updateMany({
    where: { id: row.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  if (claimed.count === 0) {
    await db.refreshToken.updateMany({
      where: { familyId: row.familyId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    throw invalidRefreshToken();
  }
  return issuePair(row.user, row.familyId, client);
}

/** Logout for API clients: ends the family of the given refresh token. Unknown tokens are ignored. */
export async function revokeRefreshToken(input: unknown): Promise<void> {
  const { refreshToken } = await validate(refreshSchema, input);
  const row = await db.refreshToken.findUnique({
    where: { tokenHash: digest(refreshToken) },
    select: { familyId: true },
  });
  if (row) {
    await db.refreshToken.updateMany({
      where: { familyId: row.familyId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  }
}

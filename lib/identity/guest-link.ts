import type { Tx } from "@/lib/core/db";
import type { AuthTokenPurpose, Prisma } from "@/lib/generated/prisma/client";
import { digest, newToken } from "./secure-token";

/**
 * Single-use links for someone without an account (an enterprise tutor evaluating an intern): the
 * caller writes the e-mail that carries the token, in the same transaction. Only the token's
 * SHA-256 is stored; consuming it is `consumeAccountLink`.
 */
export async function issueGuestLink(
  tx: Tx,
  purpose: AuthTokenPurpose,
  recipient: { email: string; userId?: string | null },
  data: Prisma.InputJsonValue,
  lifetimeHours: number,
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = newToken();
  const row = await tx.authToken.create({
    data: {
      purpose,
      tokenHash: digest(token),
      email: recipient.email,
      userId: recipient.userId ?? undefined,
      data,
      expiresAt: new Date(Date.now() + lifetimeHours * 3600_000),
    },
    select: { id: true, expiresAt: true },
  });
  return { token, ...row };
}

export type GuestLinkState = "valid" | "used" | "expired";

/** Reads a link without using it up: its state, address and data; null for an unknown token or another purpose. */
export async function readGuestLink(tx: Tx, purpose: AuthTokenPurpose, token: string) {
  if (!token || token.length > 200) return null;
  const row = await tx.authToken.findUnique({
    where: { tokenHash: digest(token) },
    select: { id: true, purpose: true, email: true, userId: true, data: true, expiresAt: true, usedAt: true },
  });
  if (!row || row.purpose !== purpose) return null;
  const state: GuestLinkState = row.usedAt ? "used" : row.expiresAt <= new Date() ? "expired" : "valid";
  return { ...row, state };
}

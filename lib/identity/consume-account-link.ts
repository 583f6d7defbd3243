import type { Tx } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/client";
import { digest } from "./secure-token";

/** Marks a link token used, once; an unknown, used or expired token is refused with one message. */
export async function consumeAccountLink(tx: Tx, purpose: AuthTokenPurpose, token: string) {
  const row = await tx.authToken.findUnique({ where: { tokenHash: digest(token) } });
  const now = new Date();
  if (row && row.purpose === purpose && !row.usedAt && row.expiresAt > now) {
    const claimed = await tx.authToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 1) return row;
  }
  throw new AppError("INVALID_TOKEN", "invalidLink");
}

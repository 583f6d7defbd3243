import { db } from "@/lib/core/db";
import { verifyPassword } from "./password";

/**
 * Whether the password is the account's own: a re-entry that confirms a sensitive act (signing an
 * agreement) by someone already signed in. Counting attempts is the caller's (its own budget).
 */
export async function confirmPassword(userId: string, password: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, disabledAt: true } });
  if (!user || user.disabledAt) return false;
  return verifyPassword(user.passwordHash, password);
}

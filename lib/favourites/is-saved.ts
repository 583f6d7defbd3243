import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";

/** Whether the signed-in student has saved this offer (false for anyone who is not a student). */
export async function isSaved(actor: Actor | null, offerId: string): Promise<boolean> {
  if (actor?.role !== "STUDENT" || !actor.studentId) return false;
  const row = await db.favourite.findUnique({
    where: { studentId_offerId: { studentId: actor.studentId, offerId } },
    select: { offerId: true },
  });
  return Boolean(row);
}

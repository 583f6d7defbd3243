import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";

/** Which of these offers the signed-in student has saved (none for anyone who is not a student): a page of cards in one query. */
export async function savedOfferIds(actor: Actor | null, offerIds: string[]): Promise<Set<string>> {
  if (actor?.role !== "STUDENT" || !actor.studentId || offerIds.length === 0) return new Set();
  const rows = await db.favourite.findMany({
    where: { studentId: actor.studentId, offerId: { in: offerIds } },
    select: { offerId: true },
  });
  return new Set(rows.map((row) => row.offerId));
}

import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "@/lib/students/policy";

/**
 * The student removes an offer from their saved list, even one that has closed since. Removing an
 * offer that is not saved changes nothing; an id that is no offer at all is refused.
 */
export async function unsaveOffer(actor: Actor | null, studentId: string, offerId: string): Promise<void> {
  const me = requireOwnStudent(actor, studentId);
  const { count } = await db.favourite.deleteMany({ where: { studentId: me.studentId, offerId } });
  if (count === 0 && !(await db.offer.findUnique({ where: { id: offerId }, select: { id: true } }))) {
    throw notFound("offerNotFound");
  }
}

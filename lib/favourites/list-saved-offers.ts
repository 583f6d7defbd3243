import { db } from "@/lib/core/db";
import { pageSchema, type Page } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { isVisibleOffer } from "@/lib/offers/visible-offer";
import { requireOwnStudent } from "@/lib/students/policy";
import { offerSummarySelect, toOfferSummary, type OfferSummary } from "./offer-summary";

export type SavedOffer = { offer: OfferSummary; savedAt: Date; available: boolean };

/**
 * The student's saved offers, last saved first. Offers closed or expired since stay in the list,
 * marked unavailable, so the student sees what became of them. The cursor is an offer id.
 */
export async function listSavedOffers(
  actor: Actor | null,
  studentId: string,
  input: unknown = {},
): Promise<Page<SavedOffer>> {
  const me = requireOwnStudent(actor, studentId);
  const { cursor, limit } = await validate(pageSchema, input);
  const rows = await db.favourite.findMany({
    where: { studentId: me.studentId },
    orderBy: [{ createdAt: "desc" }, { offerId: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { studentId_offerId: { studentId: me.studentId, offerId: cursor } }, skip: 1 } : {}),
    select: { createdAt: true, offer: { select: { ...offerSummarySelect, status: true } } },
  });
  const now = new Date();
  const items = rows.slice(0, limit).map(({ createdAt, offer: { status, ...offer } }) => ({
    offer: toOfferSummary(offer),
    savedAt: createdAt,
    available: isVisibleOffer({ status, deadline: offer.deadline }, now),
  }));
  return { items, nextCursor: rows.length > limit ? items[items.length - 1]!.offer.id : null };
}

import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { studentScope } from "@/lib/students/policy";
import { offerSummarySelect, toOfferSummary, type OfferSummary } from "@/lib/favourites/offer-summary";
import { loadCandidates } from "./load-candidates";
import { recommendationsSchema } from "./schemas";
import { byRank, scoreOffer, type Reason } from "./score-offer";
import { listImportedSkills } from "@/lib/profile-import/list-imported-skills";
import { signalsSelect, toSignals } from "./student-signals";

export type Recommendation = { offer: OfferSummary; score: number; reasons: Reason[]; saved: boolean };

/**
 * The open offers that fit a student best, each with its score (0–100) and the reasons for it,
 * from their skills, wishes, field of study and the offers they saved or applied to. For the
 * student, their university's staff and admins; always the same order for the same data.
 */
export async function recommendOffers(
  actor: Actor | null,
  studentId: string,
  input: unknown = {},
): Promise<{ items: Recommendation[]; nextCursor: null }> {
  const me = requireRole(actor, "STUDENT", "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR", "SYSTEM_ADMIN");
  const { limit } = await validate(recommendationsSchema, input);
  const student = await db.student.findFirst({
    where: { AND: [{ id: studentId }, studentScope(me)] },
    select: signalsSelect,
  });
  if (!student) throw notFound("studentNotFound");
  const signals = toSignals(student, await listImportedSkills(db, student.id));
  const candidates = await loadCandidates(student.id, signals);
  const ranked = candidates
    .map((candidate) => ({ candidate, ...scoreOffer(signals, candidate) }))
    .filter((entry) => entry.score > 0)
    .sort(byRank)
    .slice(0, limit);

  const ids = ranked.map((entry) => entry.candidate.id);
  const [offers, favourites] = await Promise.all([
    db.offer.findMany({ where: { id: { in: ids } }, select: offerSummarySelect }),
    db.favourite.findMany({ where: { studentId: student.id, offerId: { in: ids } }, select: { offerId: true } }),
  ]);
  const offerById = new Map(offers.map((offer) => [offer.id, toOfferSummary(offer)]));
  const saved = new Set(favourites.map((f) => f.offerId));
  const items = ranked.flatMap(({ candidate, score, reasons }) => {
    const offer = offerById.get(candidate.id);
    return offer ? [{ offer, score, reasons, saved: saved.has(offer.id) }] : [];
  });
  return { items, nextCursor: null };
}

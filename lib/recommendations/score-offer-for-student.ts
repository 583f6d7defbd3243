import type { Tx } from "@/lib/core/db";
import { loadCandidate } from "./load-candidates";
import { scoreOffer, type Reason } from "./score-offer";
import { loadSignals } from "./student-signals";

/**
 * How well one offer fits one student, with the reasons, by the same rule as the recommendations
 * (an application's match score). The caller has already checked that it may ask; `client` is
 * the caller's transaction or the database.
 */
export async function scoreOfferForStudent(
  client: Tx,
  studentId: string,
  offerId: string,
): Promise<{ score: number; reasons: Reason[] } | null> {
  const [signals, candidate] = await Promise.all([
    loadSignals(client, studentId),
    loadCandidate(client, studentId, offerId),
  ]);
  return signals && candidate ? scoreOffer(signals, candidate) : null;
}

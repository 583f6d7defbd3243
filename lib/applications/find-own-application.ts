import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";

/** The student's live application to an offer (draft or sent, not withdrawn), if any; null for anyone else. */
export async function findOwnApplication(actor: Actor | null, offerId: string) {
  if (actor?.role !== "STUDENT" || !actor.studentId) return null;
  return db.application.findFirst({
    where: { offerId, studentId: actor.studentId, status: { not: "WITHDRAWN" } },
    select: { id: true, status: true, coverLetter: true, cvDocumentId: true, updatedAt: true },
  });
}

/** The student's live applications to these offers, by offer id (search results show them); empty for anyone else. */
export async function findOwnApplications(actor: Actor | null, offerIds: string[]) {
  if (actor?.role !== "STUDENT" || !actor.studentId || offerIds.length === 0) return new Map();
  const rows = await db.application.findMany({
    where: { offerId: { in: offerIds }, studentId: actor.studentId, status: { not: "WITHDRAWN" } },
    select: { id: true, status: true, offerId: true },
  });
  return new Map(rows.map((row) => [row.offerId, { id: row.id, status: row.status }]));
}

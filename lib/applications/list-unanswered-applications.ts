import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { applicationScope } from "./policy";
import { unansweredBefore } from "./unanswered";

export type UnansweredApplication = {
  id: string;
  submittedAt: Date;
  studentName: string;
  offerId: string;
  offerTitle: string;
};

/**
 * The enterprise's applications waiting for an answer for more than 10 days (sent, never moved),
 * oldest first, with how many there are in all: the dashboard flags them.
 */
export async function listUnansweredApplications(
  actor: Actor | null,
  take = 10,
): Promise<{ total: number; items: UnansweredApplication[] }> {
  const me = requireRole(actor, "ENTERPRISE");
  const where = {
    AND: [{ status: "SUBMITTED" as const, submittedAt: { lte: unansweredBefore() } }, applicationScope(me)],
  };
  const [total, rows] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: { submittedAt: "asc" },
      take,
      select: {
        id: true,
        submittedAt: true,
        offer: { select: { id: true, title: true } },
        student: { select: { user: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      submittedAt: row.submittedAt!,
      studentName: row.student.user.name,
      offerId: row.offer.id,
      offerTitle: row.offer.title,
    })),
  };
}

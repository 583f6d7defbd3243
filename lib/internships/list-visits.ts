import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { ownInternship } from "./own-internship";
import { toVisitView, visitSelect } from "./visit-view";

/** GET /internships/{id}/visits: the visits and calls of an internship, for each of its parties, latest first. */
export async function listVisits(actor: Actor | null, internshipId: string) {
  await ownInternship(db, actor, internshipId);
  const rows = await db.supervisorVisit.findMany({
    where: { internshipId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: visitSelect,
  });
  const now = Date.now();
  return rows.map((row) => toVisitView(row, now));
}

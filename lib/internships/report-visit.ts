import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, invalid, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { ownInternship } from "./own-internship";
import { visitReportSchema } from "./schemas";
import { toVisitView, visitSelect } from "./visit-view";
import { utcToday } from "./weeks";

/**
 * The supervisor reports a scheduled visit once its day has come: the day it was held (not in the
 * future), on site or remote, notes, and the follow-up agreed. The visit is then DONE; a report
 * may be corrected by reporting again.
 */
export async function reportVisit(actor: Actor | null, internshipId: string, visitId: string, input: unknown) {
  const row = await db.$transaction(async (tx) => {
    const { me } = await ownInternship(tx, actor, internshipId, "reportVisit");
    const data = await validate(visitReportSchema, input);
    const visit = await tx.supervisorVisit.findFirst({
      where: { id: visitId, internshipId },
      select: { id: true, status: true, plannedAt: true },
    });
    if (!visit) throw notFound("visitNotFound");
    if (visit.status !== "SCHEDULED" && visit.status !== "DONE") throw conflict("visitNotScheduled");
    if (data.heldOn > utcToday()) throw invalid({ heldOn: { key: "inFuture" } });
    const done = await tx.supervisorVisit.update({
      where: { id: visitId, internshipId, status: visit.status },
      data: {
        status: "DONE",
        doneAt: data.heldOn,
        mode: data.mode,
        report: data.notes,
        followUp: data.followUp ?? null,
        reportedAt: new Date(),
      },
      select: visitSelect,
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "internship.visit-reported",
      entity: "SupervisorVisit",
      entityId: visitId,
      before: { status: visit.status },
      after: { status: "DONE", heldOn: data.heldOn.toISOString(), mode: data.mode },
    });
    return done;
  });
  return toVisitView(row);
}

import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import type { Actor } from "@/lib/identity/actor";
import { ownInternship } from "./own-internship";
import { toVisitView, visitSelect } from "./visit-view";

/**
 * The supervisor cancels a visit whose dates are offered or whose date is picked (not one held).
 * SEQUENCE rises with the UID kept, so the invitation sent for it becomes a METHOD:CANCEL that
 * removes the event from calendars; `internship.visit-cancelled` tells everyone, once.
 */
export async function cancelVisit(actor: Actor | null, internshipId: string, visitId: string) {
  const row = await db.$transaction(async (tx) => {
    const { me } = await ownInternship(tx, actor, internshipId, "cancelVisit");
    const [visit] = await tx.$queryRaw<{ status: string }[]>`
      select status::text as status from "SupervisorVisit"
      where id = ${visitId} and "internshipId" = ${internshipId} for update`;
    if (!visit) throw notFound("visitNotFound");
    if (visit.status !== "PROPOSED" && visit.status !== "SCHEDULED") throw conflict("visitNotCancellable");
    const cancelled = await tx.supervisorVisit.update({
      where: { id: visitId, internshipId },
      data: { status: "CANCELLED", sequence: { increment: 1 } },
      select: visitSelect,
    });
    await recordEvent(tx, "internship.visit-cancelled", { internshipId, visitId, sequence: cancelled.sequence });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "internship.visit-cancelled",
      entity: "SupervisorVisit",
      entityId: visitId,
      before: { status: visit.status },
      after: { status: "CANCELLED" },
    });
    return cancelled;
  });
  return toVisitView(row);
}

import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { slotCutOff } from "@/lib/core/time-slots";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { ownInternship } from "./own-internship";
import { pickVisitSlotSchema } from "./schemas";
import { toVisitView, visitSelect } from "./visit-view";

/**
 * The tutor (or the student) picks one of the dates the supervisor offered, before its notice
 * cut-off. The visit row is locked, so two parties picking at once leave one date; the visit is
 * then SCHEDULED with a new calendar SEQUENCE, and `internship.visit-scheduled` sends the
 * invitation (.ics) to everyone.
 */
export async function pickVisitSlot(actor: Actor | null, internshipId: string, visitId: string, input: unknown) {
  const row = await db.$transaction(async (tx) => {
    const { me } = await ownInternship(tx, actor, internshipId, "pickVisitSlot");
    const { slotId } = await validate(pickVisitSlotSchema, input);
    const [visit] = await tx.$queryRaw<{ id: string; status: string; minNoticeMinutes: number }[]>`
      select id, status::text as status, "minNoticeMinutes" from "SupervisorVisit"
      where id = ${visitId} and "internshipId" = ${internshipId} for update`;
    if (!visit) throw notFound("visitNotFound");
    if (visit.status !== "PROPOSED") throw conflict("visitNotProposed");
    const slot = await tx.visitSlot.findFirst({
      where: { id: slotId, visitId },
      select: { startsAt: true, endsAt: true },
    });
    if (!slot) throw notFound("visitSlotNotFound");
    if (slotCutOff({ startsAt: slot.startsAt, minNoticeMinutes: visit.minNoticeMinutes }).getTime() <= Date.now())
      throw conflict("bookingNoticePassed");
    const scheduled = await tx.supervisorVisit.update({
      where: { id: visitId, internshipId },
      data: {
        status: "SCHEDULED",
        plannedAt: slot.startsAt,
        endsAt: slot.endsAt,
        chosenByRole: me.role,
        sequence: { increment: 1 },
      },
      select: visitSelect,
    });
    await recordEvent(tx, "internship.visit-scheduled", { internshipId, visitId, sequence: scheduled.sequence });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "internship.visit-scheduled",
      entity: "SupervisorVisit",
      entityId: visitId,
      after: { slotId, plannedAt: slot.startsAt.toISOString() },
    });
    return scheduled;
  });
  return toVisitView(row);
}

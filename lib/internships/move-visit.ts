import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { AppError, conflict, invalid, notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { overlapWhere, slotEnd } from "@/lib/core/time-slots";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { ownInternship } from "./own-internship";
import { moveVisitSchema } from "./schemas";
import { toVisitView, visitSelect } from "./visit-view";

/**
 * The supervisor moves a scheduled visit that has not begun to a new date in the future (of the
 * same duration unless told), free of their other dates offered and visits scheduled (their row is
 * locked while checking, as when proposing). The UID stays, SEQUENCE rises, the reminder is owed
 * again, and `internship.visit-moved` sends everyone the updated invitation.
 */
export async function moveVisit(actor: Actor | null, internshipId: string, visitId: string, input: unknown) {
  const row = await db.$transaction(async (tx) => {
    const { me, internship } = await ownInternship(tx, actor, internshipId, "moveVisit");
    const data = await validate(moveVisitSchema, input);
    const supervisorId = internship.supervisorId!;
    await tx.$queryRaw`select id from "UniversityStaff" where id = ${supervisorId} for update`;
    const [visit] = await tx.$queryRaw<{ status: string; plannedAt: Date | null; endsAt: Date | null }[]>`
      select status::text as status, "plannedAt", "endsAt" from "SupervisorVisit"
      where id = ${visitId} and "internshipId" = ${internshipId} for update`;
    if (!visit) throw notFound("visitNotFound");
    const now = Date.now();
    if (visit.status !== "SCHEDULED" || !visit.plannedAt || !visit.endsAt || visit.plannedAt.getTime() <= now)
      throw conflict("visitNotMovable");
    if (data.startsAt.getTime() <= now) throw invalid({ startsAt: { key: "slotInPast" } });
    const duration = data.durationMinutes ?? Math.round((visit.endsAt.getTime() - visit.plannedAt.getTime()) / 60_000);
    const slot = { startsAt: data.startsAt, endsAt: slotEnd(data.startsAt, duration) };
    const busy = await tx.supervisorVisit.findMany({
      where: {
        supervisorId,
        id: { not: visitId },
        OR: [
          { status: "PROPOSED", slots: { some: overlapWhere(slot) } },
          { status: "SCHEDULED", plannedAt: { lt: slot.endsAt }, endsAt: { gt: slot.startsAt } },
        ],
      },
      select: { id: true },
    });
    if (busy.length > 0)
      throw new AppError("CONFLICT", "visitSlotsBusy", { extensions: { visitIds: busy.map((v) => v.id) } });
    const moved = await tx.supervisorVisit.update({
      where: { id: visitId, internshipId, status: "SCHEDULED" },
      data: { plannedAt: slot.startsAt, endsAt: slot.endsAt, sequence: { increment: 1 }, remindedAt: null },
      select: visitSelect,
    });
    await recordEvent(tx, "internship.visit-moved", { internshipId, visitId, sequence: moved.sequence });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "internship.visit-moved",
      entity: "SupervisorVisit",
      entityId: visitId,
      before: { plannedAt: visit.plannedAt.toISOString(), endsAt: visit.endsAt.toISOString() },
      after: { plannedAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() },
    });
    return moved;
  });
  return toVisitView(row);
}

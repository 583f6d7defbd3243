import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { AppError, conflict, invalid } from "@/lib/core/errors";
import { overlapWhere, slotEnd, slotsOverlap } from "@/lib/core/time-slots";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { ownInternship } from "./own-internship";
import { proposeVisitSchema } from "./schemas";
import { toVisitView, visitSelect } from "./visit-view";

/**
 * The supervisor offers dates for a visit (on site), a call or a video call, through the slot
 * engine of interviews: each date in the future, of one duration, none overlapping another date
 * offered or a visit already scheduled by the same supervisor (their row is locked while checking,
 * so two proposals at once see each other). A visit needs a place, a video call a link.
 */
export async function proposeVisit(actor: Actor | null, internshipId: string, input: unknown) {
  const row = await db.$transaction(async (tx) => {
    const { me, internship } = await ownInternship(tx, actor, internshipId, "proposeVisit");
    const data = await validate(proposeVisitSchema, input);
    if (internship.status === "COMPLETED" || internship.status === "TERMINATED") throw conflict("internshipEnded");
    if (data.kind === "VISIT" && !data.location) throw invalid({ location: { key: "required" } });
    if (data.kind === "VIDEO" && !data.meetingUrl) throw invalid({ meetingUrl: { key: "required" } });
    const now = Date.now();
    const slots = data.slots
      .map((startsAt) => ({ startsAt, endsAt: slotEnd(startsAt, data.durationMinutes) }))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    slots.forEach((slot, i) => {
      if (slot.startsAt.getTime() <= now) throw invalid({ [`slots.${i}`]: { key: "slotInPast" } });
      if (i > 0 && slotsOverlap(slot, slots[i - 1]!)) throw invalid({ [`slots.${i}`]: { key: "slotsOverlap" } });
    });
    const supervisorId = internship.supervisorId!;
    await tx.$queryRaw`select id from "UniversityStaff" where id = ${supervisorId} for update`;
    const busy = await tx.supervisorVisit.findMany({
      where: {
        supervisorId,
        OR: slots.flatMap((slot) => [
          { status: "PROPOSED" as const, slots: { some: overlapWhere(slot) } },
          { status: "SCHEDULED" as const, plannedAt: { lt: slot.endsAt }, endsAt: { gt: slot.startsAt } },
        ]),
      },
      select: { id: true },
    });
    if (busy.length > 0)
      throw new AppError("CONFLICT", "visitSlotsBusy", { extensions: { visitIds: busy.map((v) => v.id) } });
    const visit = await tx.supervisorVisit.create({
      data: {
        internshipId,
        supervisorId,
        kind: data.kind,
        location: data.location ?? null,
        meetingUrl: data.meetingUrl ?? null,
        timeZone: data.timeZone,
        minNoticeMinutes: data.minNoticeMinutes,
        slots: { create: slots },
      },
      select: visitSelect,
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "internship.visit-proposed",
      entity: "SupervisorVisit",
      entityId: visit.id,
      after: { internshipId, kind: data.kind, slots: slots.map((s) => s.startsAt.toISOString()) },
    });
    return visit;
  });
  return toVisitView(row);
}

import type { Prisma } from "@/lib/generated/prisma/client";
import { slotCutOff } from "@/lib/core/time-slots";

/** What every party sees of a visit: its offered slots while proposed, the date picked, the report once done. */
export const visitSelect = {
  id: true,
  internshipId: true,
  kind: true,
  status: true,
  plannedAt: true,
  endsAt: true,
  location: true,
  meetingUrl: true,
  timeZone: true,
  minNoticeMinutes: true,
  chosenByRole: true,
  sequence: true,
  doneAt: true,
  mode: true,
  report: true,
  followUp: true,
  reportedAt: true,
  createdAt: true,
  supervisor: { select: { user: { select: { name: true } } } },
  slots: { orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, endsAt: true } },
} as const satisfies Prisma.SupervisorVisitSelect;

type Row = Prisma.SupervisorVisitGetPayload<{ select: typeof visitSelect }>;

export function toVisitView(row: Row, now = Date.now()) {
  const { supervisor, slots, minNoticeMinutes, ...visit } = row;
  return {
    ...visit,
    supervisorName: supervisor.user.name,
    // Only slots still open to picking, and only while nothing is picked.
    slots:
      row.status === "PROPOSED"
        ? slots.map((slot) => ({
            ...slot,
            open: slotCutOff({ startsAt: slot.startsAt, minNoticeMinutes }) > new Date(now),
          }))
        : [],
  };
}
export type VisitView = ReturnType<typeof toVisitView>;

/** A visit "coming": scheduled and not yet started, or proposed with a date still open. */
export const isComing = (visit: { status: string; plannedAt: Date | null }, now = Date.now()) =>
  visit.status === "PROPOSED" || (visit.status === "SCHEDULED" && (visit.plannedAt?.getTime() ?? 0) > now);

import type { Tx } from "@/lib/core/db";
import { weeksBetween } from "./weeks";

type Day = { status: string; hours: { toNumber(): number } | number | null; absenceReason: string | null };

/**
 * What the attendance adds up to: days by kind, absences by reason, the hours worked so far and
 * the hours the agreement expects (its weekly hours × the internship's weeks).
 */
export function attendanceTotals(
  days: Day[],
  agreement: { weeklyHours: number },
  dates: { startDate: Date; endDate: Date },
) {
  const count = (status: string) => days.filter((d) => d.status === status).length;
  const absences: Record<string, number> = {};
  for (const day of days) {
    if (day.status === "ABSENT" || day.status === "EXCUSED") {
      const reason = day.absenceReason ?? "OTHER";
      absences[reason] = (absences[reason] ?? 0) + 1;
    }
  }
  const hoursDone = days
    .filter((d) => d.status === "PRESENT" || d.status === "REMOTE")
    .reduce((sum, d) => sum + (d.hours === null ? 0 : typeof d.hours === "number" ? d.hours : d.hours.toNumber()), 0);
  return {
    present: count("PRESENT"),
    remote: count("REMOTE"),
    absent: count("ABSENT") + count("EXCUSED"),
    absences,
    hoursDone: Math.round(hoursDone * 100) / 100,
    weeklyHours: agreement.weeklyHours,
    hoursExpected: agreement.weeklyHours * weeksBetween(dates.startDate, dates.endDate),
  };
}
export type AttendanceTotals = ReturnType<typeof attendanceTotals>;

/** The totals of one internship, read in the caller's transaction. */
export async function attendanceTotalsOf(tx: Tx, internshipId: string): Promise<AttendanceTotals> {
  const internship = await tx.internship.findUniqueOrThrow({
    where: { id: internshipId },
    select: {
      startDate: true,
      endDate: true,
      agreement: { select: { weeklyHours: true } },
      attendance: { select: { status: true, hours: true, absenceReason: true } },
    },
  });
  return attendanceTotals(internship.attendance, internship.agreement, internship);
}

import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { attendanceTotalsOf } from "./attendance-totals";
import { checkFollowUpDay } from "./follow-up-dates";
import { ownInternship } from "./own-internship";
import { attendanceSchema } from "./schemas";

/**
 * The student or the tutor records one day of the internship under way: present or remote (with
 * the hours, by default a fifth of the agreement's weekly hours), or absent with a reason (sick,
 * leave, school days, other). Recording a day again replaces it. Answers the day and the totals.
 */
export async function recordAttendance(actor: Actor | null, internshipId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const { me, internship } = await ownInternship(tx, actor, internshipId, "recordAttendance");
    const data = await validate(attendanceSchema, input);
    if (internship.status !== "ACTIVE") throw conflict("internshipNotActive");
    checkFollowUpDay("date", data.date, internship);
    const worked = data.status !== "ABSENT";
    let hours = worked ? (data.hours ?? null) : 0;
    if (worked && hours === null) {
      const { agreement } = await tx.internship.findUniqueOrThrow({
        where: { id: internshipId },
        select: { agreement: { select: { weeklyHours: true } } },
      });
      hours = Math.round((agreement.weeklyHours / 5) * 100) / 100;
    }
    const values = {
      status: data.status,
      hours,
      absenceReason: worked ? null : data.absenceReason!,
      note: data.note ?? null,
      recordedById: me.userId,
    };
    const day = await tx.attendance.upsert({
      where: { internshipId_date: { internshipId, date: data.date } },
      create: { internshipId, date: data.date, ...values },
      update: values,
      select: { id: true, date: true, status: true, hours: true, absenceReason: true, note: true },
    });
    return {
      day: { ...day, hours: day.hours === null ? null : day.hours.toNumber() },
      totals: await attendanceTotalsOf(tx, internshipId),
    };
  });
}

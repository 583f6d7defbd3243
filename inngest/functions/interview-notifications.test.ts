import { beforeEach, describe, expect, it, vi } from "vitest";
import { bookInterviewSlot } from "@/lib/applications/book-interview-slot";
import { db } from "@/lib/core/db";
import { applicationIn, enterpriseWithOffer, studentWithCv } from "@/tests/helpers/applications";
import type { AppEvent } from "../events";
import { runLocally, runScheduledLocally } from "../local-runner";
import type { Workflow } from "../workflow";
import { remindInterviews, tellInterviewBooked, tellInterviewMoved } from "./interview-notifications";

// queueEmail can be made to fail once, inside the step's transaction (a database or provider hiccup).
const failNextQueue = vi.hoisted(() => ({ armed: false }));
vi.mock("@/lib/notifications/queue-email", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/notifications/queue-email")>();
  return {
    queueEmail: async (...args: Parameters<typeof real.queueEmail>) => {
      const id = await real.queueEmail(...args);
      if (failNextQueue.armed) {
        failNextQueue.armed = false;
        throw new Error("connection lost while queueing");
      }
      return id;
    },
  };
});

beforeEach(() => {
  failNextQueue.armed = false;
});

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000);
const emailsTo = (to: string) => db.emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

async function slotAt(offerId: string, startsAt: Date, minNoticeMinutes = 60) {
  const slot = await db.interviewSlot.create({
    data: {
      offerId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      location: "Salle Confluence",
      minNoticeMinutes,
      timeZone: "Europe/Paris",
    },
  });
  return slot.id;
}

async function eventOf<N extends "interview.booked" | "interview.moved">(name: N, bookingId: string) {
  const rows = await db.outboxEvent.findMany({
    where: { name, data: { path: ["bookingId"], equals: bookingId } },
    orderBy: { createdAt: "desc" },
  });
  const row = rows[0]!;
  return { id: row.id, name: row.name, data: row.data } as AppEvent<N>;
}

async function booked() {
  const enterprise = await enterpriseWithOffer({ title: "Stage UX" });
  const student = await studentWithCv();
  const applicationId = await applicationIn("SHORTLISTED", enterprise.offerId, student.studentId);
  const slotId = await slotAt(enterprise.offerId, inHours(72));
  const booking = await bookInterviewSlot(student.actor, slotId, { applicationId });
  return { enterprise, student, applicationId, booking };
}

describe("interview notifications", () => {
  it("tells both sides of a booking once, with the invitation's link, even when the step fails and is retried", async () => {
    const { enterprise, student, booking } = await booked();
    const event = await eventOf("interview.booked", booking.id);
    const workflow = tellInterviewBooked as unknown as Workflow;
    failNextQueue.armed = true;
    await expect(runLocally([workflow], event)).rejects.toThrow(/failed for interview.booked/);
    expect(await emailsTo(student.user.email)).toEqual([]);
    await runLocally([workflow], event);
    await runLocally([workflow], event); // a duplicate delivery
    const [toStudent, ...more] = await emailsTo(student.user.email);
    expect(more).toEqual([]);
    expect(toStudent).toMatchObject({ subject: "Entretien réservé — Stage UX", template: "interview-booked" });
    expect(toStudent!.text).toContain(`http://localhost:3000/api/v1/bookings/${booking.id}/invite.ics`);
    expect(toStudent!.text).toContain("Salle Confluence");
    expect(toStudent!.text).toContain("Europe/Paris");
    expect(await emailsTo(enterprise.user.email)).toHaveLength(1);
    const inApp = await db.notification.findMany({
      where: { type: "interviews", data: { path: ["bookingId"], equals: booking.id } },
    });
    expect(inApp.map((n) => n.userId).sort()).toEqual([student.user.id, enterprise.user.id].sort());
  });

  it("keeps an older event silent once a newer version was told", async () => {
    const { enterprise, student, applicationId, booking } = await booked();
    const later = await slotAt(enterprise.offerId, inHours(96));
    await bookInterviewSlot(student.actor, later, { applicationId });
    await runLocally([tellInterviewMoved as unknown as Workflow], await eventOf("interview.moved", booking.id));
    await runLocally([tellInterviewBooked as unknown as Workflow], await eventOf("interview.booked", booking.id));
    const emails = await emailsTo(student.user.email);
    expect(emails.map((email) => email.template)).toEqual(["interview-moved"]);
  });
});

describe("the interview reminder", () => {
  it("reminds both sides once, 24 hours before, even when the step fails and is retried", async () => {
    const enterprise = await enterpriseWithOffer({ title: "Stage data" });
    const student = await studentWithCv();
    const other = await studentWithCv();
    const tomorrow = await db.interviewBooking.create({
      data: {
        slotId: await slotAt(enterprise.offerId, inHours(20)),
        applicationId: await applicationIn("INTERVIEW", enterprise.offerId, student.studentId),
      },
    });
    const later = await db.interviewBooking.create({
      data: {
        slotId: await slotAt(enterprise.offerId, inHours(30)),
        applicationId: await applicationIn("INTERVIEW", enterprise.offerId, other.studentId),
      },
    });
    failNextQueue.armed = true;
    await expect(runScheduledLocally(remindInterviews, "run-1")).rejects.toThrow(/connection lost/);
    expect(await emailsTo(student.user.email)).toEqual([]);
    expect((await db.interviewBooking.findUniqueOrThrow({ where: { id: tomorrow.id } })).reminderSentAt).toBeNull();

    await runScheduledLocally(remindInterviews, "run-1"); // the retry
    await runScheduledLocally(remindInterviews, "run-2"); // the next quarter of an hour
    const reminders = await emailsTo(student.user.email);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ subject: "Entretien demain — Stage data", template: "interview-reminder" });
    expect((await emailsTo(enterprise.user.email)).filter((e) => e.template === "interview-reminder")).toHaveLength(1);
    expect((await db.interviewBooking.findUniqueOrThrow({ where: { id: tomorrow.id } })).reminderSentAt).not.toBeNull();
    // More than 24 hours ahead: not yet.
    expect(await emailsTo(other.user.email)).toEqual([]);
    expect((await db.interviewBooking.findUniqueOrThrow({ where: { id: later.id } })).reminderSentAt).toBeNull();
  });
});

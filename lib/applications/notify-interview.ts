import type { Tx } from "@/lib/core/db";
import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { applicationPartiesSelect } from "./application-parties";

export type InterviewNews = "booked" | "moved" | "cancelled" | "reminder";

/**
 * Tells both sides of a booking what happened to it, once per version of the booking: the step
 * claims its SEQUENCE (`notifiedSequence`) in the transaction that writes the notifications and
 * e-mails, so a retried step sends nothing twice; a newer version already told makes an older
 * event silent (both sides were told of the current state).
 */
export async function notifyInterviewChange(
  bookingId: string,
  sequence: number,
  news: Exclude<InterviewNews, "reminder">,
): Promise<{ notified: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.interviewBooking.updateMany({
      where: { id: bookingId, notifiedSequence: { lt: sequence } },
      data: { notifiedSequence: sequence },
    });
    if (claimed.count === 0) return { notified: 0 };
    return { notified: await tellBothSides(tx, bookingId, news) };
  });
}

/**
 * Reminds both sides of the interviews starting within 24 hours, once per booking: each is
 * claimed (`reminderSentAt`) in the transaction that writes its notifications. A move or a new
 * booking clears the claim, so the new time is reminded too.
 */
export async function sendInterviewReminders(now = new Date()): Promise<{ reminded: number }> {
  const due = await db.interviewBooking.findMany({
    where: {
      status: "BOOKED",
      reminderSentAt: null,
      slot: { startsAt: { gt: now, lte: new Date(now.getTime() + 24 * 3_600_000) } },
    },
    select: { id: true },
    take: 500,
  });
  let reminded = 0;
  for (const { id } of due) {
    reminded += await db.$transaction(async (tx) => {
      const claimed = await tx.interviewBooking.updateMany({
        where: { id, reminderSentAt: null, status: "BOOKED" },
        data: { reminderSentAt: now },
      });
      if (claimed.count === 0) return 0;
      await tellBothSides(tx, id, "reminder");
      return 1;
    });
  }
  return { reminded };
}

async function tellBothSides(tx: Tx, bookingId: string, news: InterviewNews): Promise<number> {
  const booking = await tx.interviewBooking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      id: true,
      cancellationNote: true,
      slot: { select: { startsAt: true, timeZone: true, location: true, meetingUrl: true } },
      application: { select: applicationPartiesSelect },
    },
  });
  const { slot, application } = booking;
  const { offer } = application;
  const student = application.student.user;
  const invite = `${env().APP_URL}/api/v1/bookings/${booking.id}/invite.ics`;
  const recipients = [
    { user: student, link: `/student/applications/${application.id}` },
    ...offer.enterprise.members.map(({ user }) => ({ user, link: `/enterprise/applications/${application.id}` })),
  ];
  for (const { user, link } of recipients) {
    const t = translator(user.locale, "applications.interviews");
    const when = new Intl.DateTimeFormat(user.locale, {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: slot.timeZone,
    }).format(slot.startsAt);
    const values = {
      title: offer.title,
      enterprise: offer.enterprise.name,
      name: student.name ?? student.email,
      when,
      zone: slot.timeZone,
      place: slot.location ?? slot.meetingUrl ?? "",
    };
    const title = t(`${news}.title`);
    // The enterprise's message when it cancelled: the student reads it in the app and the e-mail.
    const note = news === "cancelled" && booking.cancellationNote ? booking.cancellationNote : null;
    const body = note ? `${t(`${news}.body`, values)}\n${t("cancelNote", { note })}` : t(`${news}.body`, values);
    await notifyUser(tx, user, {
      kind: "interviews",
      title,
      body,
      link,
      data: { bookingId: booking.id, applicationId: application.id, news },
      email: renderEmail({
        template: `interview-${news}`,
        subject: `${title} — ${offer.title}`,
        greeting:
          user.id === student.id && student.name
            ? translator(user.locale, "emails")("greetingNamed", { name: student.name })
            : translator(user.locale, "emails")("greeting"),
        paragraphs: [...body.split("\n"), t("invite", { url: invite })],
        action: { label: t("open"), url: `${env().APP_URL}${link}` },
        footer: translator(user.locale, "emails")("footer"),
      }),
    });
  }
  return recipients.length;
}

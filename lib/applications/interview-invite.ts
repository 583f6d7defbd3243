import { calendarInvite, mailAddress } from "@/lib/core/calendar-invite";
import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";

/** Who may read a booking: its student, the offer's enterprise (any member), system admins. */
function bookingScope(actor: Actor) {
  if (actor.role === "SYSTEM_ADMIN") return {};
  if (actor.role === "STUDENT") return { application: { studentId: actor.studentId ?? "-" } };
  if (actor.role === "ENTERPRISE" && actor.enterprise)
    return { slot: { offer: { enterpriseId: actor.enterprise.id } } };
  return { id: "-" };
}

/**
 * The booking as an iCalendar invitation. The UID is the booking's id and never changes; SEQUENCE
 * is the booking's, raised on every move and cancellation, so calendars update the one event
 * (METHOD:REQUEST) or remove it (METHOD:CANCEL). Instants are written in UTC: the calendar shows
 * them in its owner's zone.
 */
export async function interviewInvite(
  actor: Actor | null,
  bookingId: string,
): Promise<{ fileName: string; ics: string }> {
  const known = requireActor(actor);
  const booking = await db.interviewBooking.findFirst({
    where: { id: bookingId, ...bookingScope(known) },
    select: {
      id: true,
      status: true,
      sequence: true,
      updatedAt: true,
      application: {
        select: {
          id: true,
          student: { select: { user: { select: { name: true, email: true } } } },
          offer: { select: { title: true, enterprise: { select: { name: true, applicationEmail: true } } } },
        },
      },
      slot: { select: { startsAt: true, endsAt: true, location: true, meetingUrl: true, timeZone: true } },
    },
  });
  if (!booking) throw notFound("bookingNotFound");
  const { application, slot } = booking;
  const cancelled = booking.status === "CANCELLED";
  const host = new URL(env().APP_URL).hostname;
  const organizerEmail = application.offer.enterprise.applicationEmail ?? mailAddress(env().MAIL_FROM);
  const ics = calendarInvite({
    product: "interviews",
    uid: `interview-${booking.id}@${host}`,
    sequence: booking.sequence,
    stamp: booking.updatedAt,
    start: slot.startsAt,
    end: slot.endsAt,
    summary: `${application.offer.title} — ${application.offer.enterprise.name}`,
    description: [slot.meetingUrl, `(${slot.timeZone})`, `${env().APP_URL}/student/applications/${application.id}`]
      .filter(Boolean)
      .join("\n"),
    location: slot.location ?? slot.meetingUrl ?? undefined,
    url: slot.meetingUrl ?? undefined,
    cancelled,
    organizer: { name: application.offer.enterprise.name, email: organizerEmail },
    attendees: [{ name: application.student.user.name ?? undefined, email: application.student.user.email }],
  });
  return { fileName: `interview-${booking.id}.ics`, ics };
}

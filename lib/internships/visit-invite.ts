import { calendarInvite, mailAddress } from "@/lib/core/calendar-invite";
import { db, type Tx } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import type { Actor } from "@/lib/identity/actor";
import { ownInternship } from "./own-internship";
import { checkVisitSignature } from "./visit-link";

const person = { select: { user: { select: { name: true, email: true } } } } as const;

/** The people a visit's invitation names: the supervisor organises, the student and the tutor attend. */
export async function visitInviteData(visitId: string, tx: Tx = db) {
  return tx.supervisorVisit.findUnique({
    where: { id: visitId },
    select: {
      id: true,
      kind: true,
      status: true,
      sequence: true,
      updatedAt: true,
      plannedAt: true,
      endsAt: true,
      location: true,
      meetingUrl: true,
      timeZone: true,
      supervisor: person,
      internship: {
        select: {
          id: true,
          student: person,
          enterprise: { select: { name: true } },
          tutor: person,
          agreement: { select: { tutorName: true, tutorEmail: true } },
        },
      },
    },
  });
}
type InviteData = NonNullable<Awaited<ReturnType<typeof visitInviteData>>>;

/** The tutor of the internship: a member with an account, else the one named on the agreement. */
export const visitTutor = (visit: InviteData) =>
  visit.internship.tutor
    ? visit.internship.tutor.user
    : visit.internship.agreement.tutorEmail
      ? { name: visit.internship.agreement.tutorName ?? "", email: visit.internship.agreement.tutorEmail }
      : null;

/**
 * A scheduled visit as an iCalendar invitation (ical-generator through `calendarInvite`): UID
 * `visit-<id>@<host>` never changes, SEQUENCE is the visit's, instants in UTC.
 */
export function renderVisitInvite(visit: InviteData): string {
  const host = new URL(env().APP_URL).hostname;
  const tutor = visitTutor(visit);
  const link = `${env().APP_URL}/internships/${visit.internship.id}`;
  return calendarInvite({
    product: "visits",
    uid: `visit-${visit.id}@${host}`,
    sequence: visit.sequence,
    stamp: visit.updatedAt,
    start: visit.plannedAt!,
    end: visit.endsAt!,
    summary: `${visit.internship.student.user.name} — ${visit.internship.enterprise.name}`,
    description: [visit.meetingUrl, `(${visit.timeZone})`, link].filter(Boolean).join("\n"),
    location: visit.location ?? visit.meetingUrl ?? undefined,
    url: visit.meetingUrl ?? undefined,
    cancelled: visit.status === "CANCELLED",
    organizer: {
      name: visit.supervisor.user.name,
      email: visit.supervisor.user.email ?? mailAddress(env().MAIL_FROM),
    },
    attendees: [visit.internship.student.user, ...(tutor ? [tutor] : [])].map((p) => ({
      name: p.name || undefined,
      email: p.email,
    })),
  });
}

/** GET /internships/{id}/visits/{visitId}/invite.ics: for the internship's parties, once a date is picked. */
export async function visitInvite(actor: Actor | null, internshipId: string, visitId: string) {
  await ownInternship(db, actor, internshipId);
  const visit = await visitInviteData(visitId);
  if (!visit || visit.internship.id !== internshipId || !visit.plannedAt || !visit.endsAt)
    throw notFound("visitNotFound");
  return { fileName: `visit-${visit.id}.ics`, ics: renderVisitInvite(visit) };
}

/**
 * The same invitation through the signed link e-mailed to a tutor without an account: the
 * signature must be of this visit and of the tutor the agreement names now; anything else reads
 * as an unknown visit.
 */
export async function visitInviteBySignature(internshipId: string, visitId: string, signature: string) {
  const visit = isPlausibleId(visitId) && signature.length <= 100 ? await visitInviteData(visitId) : null;
  const tutor = visit && visitTutor(visit);
  if (
    !visit ||
    !tutor ||
    visit.internship.id !== internshipId ||
    !visit.plannedAt ||
    !visit.endsAt ||
    !checkVisitSignature(visit.id, tutor.email, signature)
  )
    throw notFound("visitNotFound");
  return { fileName: `visit-${visit.id}.ics`, ics: renderVisitInvite(visit) };
}

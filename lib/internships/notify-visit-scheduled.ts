import type { Tx } from "@/lib/core/db";
import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { queueEmail } from "@/lib/notifications/queue-email";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { visitInviteData, visitTutor } from "./visit-invite";
import { signedVisitInviteUrl } from "./visit-link";

export type VisitNews = "scheduled" | "moved" | "cancelled" | "reminder";

const who = { select: { id: true, email: true, locale: true, disabledAt: true } } as const;
const TEMPLATE: Record<VisitNews, string> = {
  scheduled: "internshipVisitScheduled",
  moved: "internshipVisitMoved",
  cancelled: "internshipVisitCancelled",
  reminder: "internshipVisitReminder",
};
const KEY: Record<VisitNews, string> = {
  scheduled: "visitScheduled",
  moved: "visitMoved",
  cancelled: "visitCancelled",
  reminder: "visitReminder",
};

/**
 * Tells everyone of a visit's date once it is picked, moved or cancelled: the student, the tutor
 * and the supervisor, in the app and by e-mail (as each prefers) with the link to the calendar
 * invitation (.ics: the same UID, the new SEQUENCE, METHOD:CANCEL once cancelled). A tutor named
 * on the agreement without an account gets the e-mail alone, in French, with a signed link to the
 * invitation. The step claims the visit's SEQUENCE (`notifiedSequence`) in the same transaction,
 * so a retry tells no one twice and an older version's event stays silent.
 */
export async function notifyVisitChange(
  visitId: string,
  sequence: number,
  news: Exclude<VisitNews, "reminder">,
): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.supervisorVisit.updateMany({
      where: {
        id: visitId,
        status: news === "cancelled" ? "CANCELLED" : "SCHEDULED",
        notifiedSequence: { lt: sequence },
      },
      data: { notifiedSequence: sequence },
    });
    if (claimed.count === 0) return { told: 0 };
    return { told: await tellEveryone(tx, visitId, news) };
  });
}

/** `internship.visit-scheduled`: the date picked. */
export const notifyVisitScheduled = (visitId: string, sequence: number) =>
  notifyVisitChange(visitId, sequence, "scheduled");

/**
 * Reminds everyone of the visits starting within 24 hours, once per date: each is claimed
 * (`remindedAt`) in the transaction that writes its notifications; a move clears the claim.
 */
export async function sendVisitReminders(now = new Date()): Promise<{ reminded: number }> {
  const due = await db.supervisorVisit.findMany({
    where: {
      status: "SCHEDULED",
      remindedAt: null,
      plannedAt: { gt: now, lte: new Date(now.getTime() + 24 * 3_600_000) },
    },
    select: { id: true },
    take: 500,
  });
  let reminded = 0;
  for (const { id } of due) {
    reminded += await db.$transaction(async (tx) => {
      const claimed = await tx.supervisorVisit.updateMany({
        where: { id, status: "SCHEDULED", remindedAt: null, plannedAt: { gt: now } },
        data: { remindedAt: now },
      });
      if (claimed.count === 0) return 0;
      await tellEveryone(tx, id, "reminder");
      return 1;
    });
  }
  return { reminded };
}

async function tellEveryone(tx: Tx, visitId: string, news: VisitNews): Promise<number> {
  const visit = (await visitInviteData(visitId, tx))!;
  const people = await tx.internship.findUniqueOrThrow({
    where: { id: visit.internship.id },
    select: {
      student: { select: { user: who } },
      tutor: { select: { user: who } },
      supervisor: { select: { user: who } },
    },
  });
  const users = [people.student.user, people.tutor?.user, people.supervisor?.user].filter(
    (u): u is NonNullable<typeof u> => Boolean(u && !u.disabledAt),
  );
  const link = `/internships/${visit.internship.id}`;
  const dated = Boolean(visit.plannedAt && visit.endsAt);
  const ics = `${env().APP_URL}/api/v1/internships/${visit.internship.id}/visits/${visit.id}/invite.ics`;
  const key = KEY[news];
  const content = (locale: string, icsUrl: string | null) => {
    const t = translator(locale, "internships");
    const when = visit.plannedAt
      ? `${new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: visit.timeZone }).format(visit.plannedAt)} (${visit.timeZone})`
      : t("visits.status.PROPOSED");
    const values = {
      student: visit.internship.student.user.name,
      enterprise: visit.internship.enterprise.name,
      supervisor: visit.supervisor.user.name,
      kind: t(`visits.kind.${visit.kind}`),
      when,
      place: visit.location ?? visit.meetingUrl ?? t("visits.byPhone"),
    };
    const emails = translator(locale, "emails");
    return {
      title: t(`notify.${key}.title`, values),
      body: t(`notify.${key}.body`, values),
      email: renderEmail({
        template: TEMPLATE[news],
        subject: t(`notify.${key}.subject`, values),
        greeting: emails("greeting"),
        paragraphs: [
          t(`notify.${key}.body`, values),
          ...(icsUrl && dated ? [t(`notify.${key}.ics`, { url: icsUrl })] : []),
        ],
        action: { label: t("notify.visitScheduled.action"), url: `${env().APP_URL}${link}` },
        footer: emails("footer"),
      }),
    };
  };
  for (const user of users) {
    const c = content(user.locale, ics);
    await notifyUser(tx, user, {
      kind: "internshipVisits",
      title: c.title,
      body: c.body,
      link,
      data: { internshipId: visit.internship.id, visitId, news },
      email: c.email,
    });
  }
  const tutor = visitTutor(visit);
  const external = !visit.internship.tutor && tutor;
  if (external)
    await queueEmail(
      tx,
      tutor.email,
      content("fr", signedVisitInviteUrl(visit.internship.id, visit.id, tutor.email)).email,
    );
  return users.length + (external ? 1 : 0);
}

import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { queueEmail } from "@/lib/notifications/queue-email";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { visitInviteData, visitTutor } from "./visit-invite";

const who = { select: { id: true, email: true, locale: true, disabledAt: true } } as const;

/**
 * Tells everyone of a visit's date once it is picked: the student, the tutor and the supervisor, in
 * the app and by e-mail (as each prefers) with the link to the calendar invitation (.ics). A tutor
 * named on the agreement without an account gets the e-mail alone, in French. The step claims the
 * visit's SEQUENCE (`notifiedSequence`) in the same transaction, so a retry tells no one twice.
 */
export async function notifyVisitScheduled(visitId: string, sequence: number): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.supervisorVisit.updateMany({
      where: { id: visitId, status: "SCHEDULED", notifiedSequence: { lt: sequence } },
      data: { notifiedSequence: sequence },
    });
    if (claimed.count === 0) return { told: 0 };
    const visit = (await visitInviteData(visitId))!;
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
    const ics = `${env().APP_URL}/api/v1/internships/${visit.internship.id}/visits/${visit.id}/invite.ics`;
    const content = (locale: string, withIcs: boolean) => {
      const t = translator(locale, "internships");
      const when = new Intl.DateTimeFormat(locale, {
        dateStyle: "full",
        timeStyle: "short",
        timeZone: visit.timeZone,
      }).format(visit.plannedAt!);
      const values = {
        student: visit.internship.student.user.name,
        enterprise: visit.internship.enterprise.name,
        supervisor: visit.supervisor.user.name,
        kind: t(`visits.kind.${visit.kind}`),
        when: `${when} (${visit.timeZone})`,
        place: visit.location ?? visit.meetingUrl ?? t("visits.byPhone"),
      };
      const emails = translator(locale, "emails");
      return {
        title: t("notify.visitScheduled.title", values),
        body: t("notify.visitScheduled.body", values),
        email: renderEmail({
          template: "internshipVisitScheduled",
          subject: t("notify.visitScheduled.subject", values),
          greeting: emails("greeting"),
          paragraphs: [
            t("notify.visitScheduled.body", values),
            ...(withIcs ? [t("notify.visitScheduled.ics", { url: ics })] : []),
          ],
          action: { label: t("notify.visitScheduled.action"), url: `${env().APP_URL}${link}` },
          footer: emails("footer"),
        }),
      };
    };
    for (const user of users) {
      const c = content(user.locale, true);
      await notifyUser(tx, user, {
        kind: "internshipVisits",
        title: c.title,
        body: c.body,
        link,
        data: { internshipId: visit.internship.id, visitId },
        email: c.email,
      });
    }
    const tutor = visitTutor(visit);
    const external = !visit.internship.tutor && tutor;
    if (external) await queueEmail(tx, tutor.email, content("fr", false).email);
    return { told: users.length + (external ? 1 : 0) };
  });
}

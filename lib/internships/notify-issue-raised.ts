import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";

/**
 * Tells the internship's supervisor and its university's admins of an issue raised (in the app
 * and by e-mail, as each prefers), except whoever raised it. The issue is claimed in the same
 * transaction as the messages, so a retried step tells no one twice.
 */
export async function notifyIssueRaised(issueId: string): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.internshipIssue.updateMany({
      where: { id: issueId, notifiedAt: null },
      data: { notifiedAt: new Date() },
    });
    if (claimed.count === 0) return { told: 0 };
    const issue = await tx.internshipIssue.findUniqueOrThrow({
      where: { id: issueId },
      select: {
        title: true,
        category: true,
        severity: true,
        raisedById: true,
        internship: {
          select: {
            id: true,
            student: { select: { user: { select: { name: true } } } },
            enterprise: { select: { name: true } },
            supervisor: { select: { user: { select: { id: true, email: true, locale: true, disabledAt: true } } } },
            university: {
              select: {
                staff: {
                  where: { user: { role: "UNIVERSITY_ADMIN", disabledAt: null } },
                  select: { user: { select: { id: true, email: true, locale: true, disabledAt: true } } },
                },
              },
            },
          },
        },
      },
    });
    const { internship } = issue;
    const people = [
      ...(internship.supervisor && !internship.supervisor.user.disabledAt ? [internship.supervisor.user] : []),
      ...internship.university.staff.map((s) => s.user),
    ];
    const recipients = [...new Map(people.map((u) => [u.id, u])).values()].filter((u) => u.id !== issue.raisedById);
    const link = `/internships/${internship.id}`;
    for (const user of recipients) {
      const t = translator(user.locale, "internships");
      const values = {
        student: internship.student.user.name,
        enterprise: internship.enterprise.name,
        title: issue.title,
        category: t(`issueCategory.${issue.category}`),
        severity: t(`severity.${issue.severity}`),
      };
      await notifyUser(tx, user, {
        kind: "internshipIssues",
        title: t("notify.issueRaised.title", values),
        body: t("notify.issueRaised.body", values),
        link,
        data: { internshipId: internship.id, issueId },
        email: renderEmail({
          template: "internshipIssueRaised",
          subject: t("notify.issueRaised.subject", values),
          greeting: translator(user.locale, "emails")("greeting"),
          paragraphs: [t("notify.issueRaised.body", values), t("notify.issueRaised.next")],
          action: { label: t("notify.issueRaised.action"), url: `${env().APP_URL}${link}` },
          footer: translator(user.locale, "emails")("footer"),
        }),
      });
    }
    return { told: recipients.length };
  });
}

import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";

const who = { select: { id: true, email: true, locale: true, disabledAt: true } } as const;

/**
 * Tells the other parties of a comment on a logbook week: the student, the tutor and the supervisor,
 * except its author (in the app and by e-mail, as each prefers). The comment is claimed
 * (`notifiedAt`) in the same transaction, so a retried step tells no one twice.
 */
export async function notifyActivityCommented(commentId: string): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.activityComment.updateMany({
      where: { id: commentId, notifiedAt: null },
      data: { notifiedAt: new Date() },
    });
    if (claimed.count === 0) return { told: 0 };
    const comment = await tx.activityComment.findUniqueOrThrow({
      where: { id: commentId },
      select: {
        authorId: true,
        body: true,
        author: { select: { name: true } },
        activity: {
          select: {
            weekStart: true,
            internship: {
              select: {
                id: true,
                student: { select: { user: who } },
                enterprise: { select: { name: true } },
                tutor: { select: { user: who } },
                supervisor: { select: { user: who } },
              },
            },
          },
        },
      },
    });
    const { internship, weekStart } = comment.activity;
    const people = [internship.student.user, internship.tutor?.user, internship.supervisor?.user].filter(
      (u): u is NonNullable<typeof u> => Boolean(u && !u.disabledAt && u.id !== comment.authorId),
    );
    const recipients = [...new Map(people.map((u) => [u.id, u])).values()];
    const link = `/internships/${internship.id}#logbook`;
    for (const user of recipients) {
      const t = translator(user.locale, "internships");
      const emails = translator(user.locale, "emails");
      const values = {
        author: comment.author?.name ?? "—",
        week: new Intl.DateTimeFormat(user.locale, { dateStyle: "long", timeZone: "UTC" }).format(weekStart),
        enterprise: internship.enterprise.name,
      };
      await notifyUser(tx, user, {
        kind: "internshipLogbook",
        title: t("notify.commented.title", values),
        body: comment.body.slice(0, 300),
        link,
        data: { internshipId: internship.id, commentId },
        email: renderEmail({
          template: "internshipLogbookComment",
          subject: t("notify.commented.subject", values),
          greeting: emails("greeting"),
          paragraphs: [t("notify.commented.title", values), comment.body],
          action: { label: t("notify.commented.action"), url: `${env().APP_URL}${link}` },
          footer: emails("footer"),
        }),
      });
    }
    return { told: recipients.length };
  });
}

import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";

const who = { select: { id: true, email: true, locale: true, disabledAt: true } } as const;

/**
 * Tells the parties of an internship ended early, with the reason: the student, the tutor, the
 * supervisor and the university's admins, except whoever ended it. The internship is claimed
 * (`terminationNotifiedAt`) in the same transaction, so a retried step tells no one twice.
 */
export async function notifyInternshipTerminated(
  internshipId: string,
  byUserId: string | null,
): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.internship.updateMany({
      where: { id: internshipId, status: "TERMINATED", terminationNotifiedAt: null },
      data: { terminationNotifiedAt: new Date() },
    });
    if (claimed.count === 0) return { told: 0 };
    const internship = await tx.internship.findUniqueOrThrow({
      where: { id: internshipId },
      select: {
        terminationReason: true,
        terminatedAt: true,
        student: { select: { user: { select: { ...who.select, name: true } } } },
        enterprise: { select: { name: true } },
        tutor: { select: { user: who } },
        supervisor: { select: { user: who } },
        university: {
          select: {
            staff: { where: { user: { role: "UNIVERSITY_ADMIN", disabledAt: null } }, select: { user: who } },
          },
        },
      },
    });
    const people = [
      internship.student.user,
      internship.tutor?.user,
      internship.supervisor?.user,
      ...internship.university.staff.map((s) => s.user),
    ].filter((u): u is NonNullable<typeof u> => Boolean(u && !u.disabledAt && u.id !== byUserId));
    const recipients = [...new Map(people.map((u) => [u.id, u])).values()];
    const link = `/internships/${internshipId}`;
    for (const user of recipients) {
      const t = translator(user.locale, "internships");
      const emails = translator(user.locale, "emails");
      const values = {
        student: internship.student.user.name,
        enterprise: internship.enterprise.name,
        reason: internship.terminationReason ?? "—",
      };
      await notifyUser(tx, user, {
        kind: "internshipStatus",
        title: t("notify.terminated.title", values),
        body: t("notify.terminated.body", values),
        link,
        data: { internshipId },
        email: renderEmail({
          template: "internshipTerminated",
          subject: t("notify.terminated.subject", values),
          greeting: emails("greeting"),
          paragraphs: [t("notify.terminated.body", values)],
          action: { label: t("notify.terminated.action"), url: `${env().APP_URL}${link}` },
          footer: emails("footer"),
        }),
      });
    }
    return { told: recipients.length };
  });
}

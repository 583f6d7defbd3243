import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { unansweredBefore } from "./unanswered";

/**
 * Reminds each enterprise, once per application, of the applications it has left unanswered
 * (still SUBMITTED) for more than 10 days: one notification and one e-mail per admin and
 * recruiter, listing them. Each application is claimed (`unansweredRemindedAt`) in the
 * transaction that writes the reminders, so a retried step or the next run reminds no one twice.
 */
export async function remindUnansweredApplications(now = new Date()): Promise<{ reminded: number }> {
  const due = await db.application.findMany({
    where: { status: "SUBMITTED", unansweredRemindedAt: null, submittedAt: { lte: unansweredBefore(now) } },
    select: { id: true, offer: { select: { enterpriseId: true } } },
    orderBy: { submittedAt: "asc" },
    take: 2000,
  });
  const byEnterprise = new Map<string, string[]>();
  for (const { id, offer } of due)
    byEnterprise.set(offer.enterpriseId, [...(byEnterprise.get(offer.enterpriseId) ?? []), id]);
  let reminded = 0;
  for (const [enterpriseId, ids] of byEnterprise) {
    reminded += await db.$transaction(async (tx) => {
      const claimed = await tx.application.updateManyAndReturn({
        where: { id: { in: ids }, status: "SUBMITTED", unansweredRemindedAt: null },
        data: { unansweredRemindedAt: now },
        select: {
          id: true,
          submittedAt: true,
          offer: { select: { title: true } },
          student: { select: { user: { select: { name: true } } } },
        },
      });
      if (claimed.length === 0) return 0;
      const members = await tx.enterpriseMember.findMany({
        where: { enterpriseId, role: { in: ["ADMIN", "RECRUITER"] } },
        select: { user: { select: { id: true, email: true, locale: true } } },
      });
      const items = [...claimed].sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0));
      for (const { user } of members) {
        const t = translator(user.locale, "applications.unanswered.notify");
        const e = translator(user.locale, "emails");
        const days = (submittedAt: Date | null) =>
          Math.floor((now.getTime() - (submittedAt?.getTime() ?? now.getTime())) / 86_400_000);
        const title = t("title", { count: items.length });
        const body = t("body", { count: items.length, days: 10 });
        const lines = items.map((item) =>
          t("line", {
            name: item.student.user.name,
            title: item.offer.title,
            days: days(item.submittedAt),
            url: `${env().APP_URL}/enterprise/applications/${item.id}`,
          }),
        );
        const link = items.length === 1 ? `/enterprise/applications/${items[0]!.id}` : "/enterprise#unanswered";
        await notifyUser(tx, user, {
          kind: "unansweredApplications",
          title,
          body,
          link,
          data: { applicationIds: items.map((item) => item.id) },
          email: renderEmail({
            template: "applications-unanswered",
            subject: title,
            greeting: e("greeting"),
            paragraphs: [body, ...lines],
            action: { label: t("open"), url: `${env().APP_URL}${link}` },
            footer: e("footer"),
          }),
        });
      }
      return claimed.length;
    });
  }
  return { reminded };
}

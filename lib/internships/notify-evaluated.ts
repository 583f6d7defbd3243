import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";

/**
 * Tells the student and the supervisor that an evaluation of the internship was submitted (in the
 * app and by e-mail, as each prefers), except whoever submitted it. A user already told of this
 * evaluation in the app is skipped, so a retried step does not tell them twice.
 */
export async function notifyEvaluated(evaluationId: string): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const evaluation = await tx.internshipEvaluation.findUnique({
      where: { id: evaluationId },
      select: {
        formKind: true,
        evaluatorId: true,
        internship: {
          select: {
            id: true,
            student: {
              select: { user: { select: { id: true, name: true, email: true, locale: true, disabledAt: true } } },
            },
            enterprise: { select: { name: true } },
            supervisor: { select: { user: { select: { id: true, email: true, locale: true, disabledAt: true } } } },
          },
        },
      },
    });
    if (!evaluation) return { told: 0 };
    const { internship } = evaluation;
    const people = [internship.student.user, ...(internship.supervisor ? [internship.supervisor.user] : [])];
    let told = 0;
    for (const user of people) {
      if (user.disabledAt || user.id === evaluation.evaluatorId) continue;
      const already = await tx.notification.findFirst({
        where: {
          userId: user.id,
          type: "internshipEvaluations",
          data: { path: ["evaluationId"], equals: evaluationId },
        },
        select: { id: true },
      });
      if (already) continue;
      const t = translator(user.locale, "internshipEvaluations");
      const common = translator(user.locale, "emails");
      const values = {
        form: t(`kinds.${evaluation.formKind}`),
        student: internship.student.user.name,
        enterprise: internship.enterprise.name,
      };
      const link = `/internships/${internship.id}/evaluations`;
      const title = t("emails.evaluated.title", values);
      const body = t("emails.evaluated.body", values);
      await notifyUser(tx, user, {
        kind: "internshipEvaluations",
        title,
        body,
        link,
        data: { evaluationId, internshipId: internship.id },
        email: renderEmail({
          template: "internshipEvaluated",
          subject: title,
          greeting: common("greeting"),
          paragraphs: [body],
          action: { label: t("fill.title"), url: `${env().APP_URL}${link}` },
          footer: common("footer"),
        }),
      });
      told += 1;
    }
    return { told };
  });
}

import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import type { EvaluationFormKind } from "@/lib/generated/prisma/enums";
import { renderEmail } from "@/lib/notifications/templates/layout";

/** The e-mail carrying a tutor's single-use link to an evaluation form. */
export function evaluationLinkEmail(input: {
  locale: string;
  name: string;
  token: string;
  kind: EvaluationFormKind;
  studentName: string;
  enterpriseName: string;
  hours: number;
}) {
  const t = translator(input.locale, "internshipEvaluations.emails");
  const common = translator(input.locale, "emails");
  const values = { student: input.studentName, enterprise: input.enterpriseName, hours: input.hours };
  const form = translator(input.locale, "internshipEvaluations.kinds")(input.kind);
  return renderEmail({
    template: "evaluationLink",
    subject: t("link.subject", { ...values, form }),
    greeting: input.name ? common("greetingNamed", { name: input.name }) : common("greeting"),
    paragraphs: [t("link.body", { ...values, form }), t("link.expiry", values)],
    action: { label: t("link.action"), url: `${env().APP_URL}/evaluate?token=${encodeURIComponent(input.token)}` },
    footer: common("footer"),
  });
}

import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { renderEmail, type RenderedEmail } from "@/lib/notifications/templates/layout";

/** The e-mail telling an enterprise admin the outcome of its verification, in their language. */
export function verificationOutcomeEmail(input: {
  locale: string;
  name: string;
  enterprise: string;
  decision: "VERIFY" | "REJECT";
  reason?: string;
}): RenderedEmail {
  const t = translator(input.locale, "enterprises");
  const mail = translator(input.locale, "emails");
  const kind = input.decision === "VERIFY" ? "verified" : "rejected";
  const values = { enterprise: input.enterprise, reason: input.reason ?? "" };
  return renderEmail({
    template: `enterprise-${kind}`,
    subject: t(`emails.${kind}.subject`, values),
    greeting: mail("greetingNamed", { name: input.name }),
    paragraphs:
      kind === "verified"
        ? [t("emails.verified.body", values)]
        : [t("emails.rejected.body", values), t("emails.rejected.reason", values), t("emails.rejected.next")],
    action: { label: t(`emails.${kind}.action`), url: `${env().APP_URL}/enterprise` },
    footer: mail("footer"),
  });
}

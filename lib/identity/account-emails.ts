import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { renderEmail, type RenderedEmail } from "@/lib/notifications/templates/layout";

export type AccountEmailKind =
  | "verifyEmail"
  | "resetPassword"
  | "invitation"
  | "enterpriseInvitation"
  | "supervisorInvitation"
  | "rosterInvitation"
  | "changeEmail";
const PATHS: Record<AccountEmailKind, string> = {
  verifyEmail: "/verify-email",
  resetPassword: "/reset-password",
  invitation: "/invitation",
  enterpriseInvitation: "/invitation",
  supervisorInvitation: "/invitation",
  // A student put on a roster already has an account: the link only sets its password.
  rosterInvitation: "/reset-password",
  changeEmail: "/confirm-email-change",
};

/** The e-mails of the account life cycle, each carrying a single-use link, in the user's language. */
export function accountEmail(
  kind: AccountEmailKind,
  input: { locale: string; name?: string; token: string; values?: Record<string, string> },
): RenderedEmail {
  const t = translator(input.locale, "emails");
  const url = `${env().APP_URL}${PATHS[kind]}?token=${encodeURIComponent(input.token)}`;
  return renderEmail({
    template: kind,
    subject: t(`${kind}.subject`, input.values),
    greeting: input.name ? t("greetingNamed", { name: input.name }) : t("greeting"),
    paragraphs: [t(`${kind}.body`, input.values), t(`${kind}.expiry`)],
    action: { label: t(`${kind}.action`), url },
    footer: t("footer"),
    // Staff may reword it per language (admin e-mail templates) with these variables.
    editable: { locale: input.locale, values: { name: input.name ?? "", ...input.values } },
  });
}

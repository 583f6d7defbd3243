import type { Tx } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { queueEmail } from "@/lib/notifications/queue-email";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { codeDigest, codeExpiry, newSigningCode, SIGNING_CODE_HOURS } from "./signing-code";

/** The letters of `agreements.emails` that ask a party to sign an agreement or an amendment. */
export type SignerLetter = "turn" | "reminder" | "amendmentTurn" | "amendmentReminder";

/** What every letter to a signer names. */
export type SignerValues = { student: string; enterprise: string };

/**
 * E-mails an outside signer a fresh single-use link, in the agreement's language: a new code whose
 * digest `keep` writes on the signer's step (which voids any earlier link), and the letter's texts.
 * Shared by the agreement's and the amendments' steps, when asked, reminded or renewing a link.
 */
export async function mailOneTimeLink(
  tx: Tx,
  input: {
    email: string;
    name: string | null;
    language: string;
    letter: SignerLetter;
    template: string;
    values: SignerValues;
    /** The link's path for a code: `/sign/<code>`, `/sign/amendments/<code>`. */
    path: (code: string) => string;
    keep: (code: { codeHash: string; codeExpiresAt: Date }) => Promise<unknown>;
  },
): Promise<void> {
  const code = newSigningCode();
  await input.keep({ codeHash: codeDigest(code), codeExpiresAt: codeExpiry() });
  const locale = input.language;
  const t = translator(locale, `agreements.emails.${input.letter}`);
  await queueEmail(
    tx,
    input.email,
    renderEmail({
      template: input.template,
      subject: t("subject", input.values),
      greeting: translator(locale, "emails")(input.name ? "greetingNamed" : "greeting", { name: input.name ?? "" }),
      paragraphs: [
        t("body", input.values),
        (t.has("linkExpiry") ? t : translator(locale, "agreements.emails.turn"))("linkExpiry", {
          hours: SIGNING_CODE_HOURS,
        }),
      ],
      action: { label: t("action"), url: `${env().APP_URL}${input.path(code)}` },
      footer: translator(locale, "emails")("footer"),
    }),
  );
}

/**
 * Tells a signer who has an account, in their language, in the app and by e-mail, that a letter
 * awaits them (their turn, a reminder), with a link to the page where they sign.
 */
export async function notifySignerAccount(
  tx: Tx,
  signer: { id: string; email: string; locale: string },
  input: {
    name: string | null;
    letter: SignerLetter;
    template: string;
    values: SignerValues;
    link: string;
    data: Record<string, string | boolean>;
  },
): Promise<void> {
  const t = translator(signer.locale, `agreements.emails.${input.letter}`);
  const emails = translator(signer.locale, "emails");
  await notifyUser(tx, signer, {
    kind: "agreements",
    title: t("subject", input.values),
    body: t("body", input.values),
    link: input.link,
    data: input.data,
    email: renderEmail({
      template: input.template,
      subject: t("subject", input.values),
      greeting: emails("greetingNamed", { name: input.name ?? "" }),
      paragraphs: [t("body", input.values)],
      action: { label: t("action"), url: `${env().APP_URL}${input.link}` },
      footer: emails("footer"),
    }),
  });
}

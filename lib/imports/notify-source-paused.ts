import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { queueEmail } from "@/lib/notifications/queue-email";
import { renderEmail } from "@/lib/notifications/templates/layout";

/** E-mails whoever added a paused source (the event is recorded once, when the pause is set). */
export async function notifySourcePaused(sourceId: string): Promise<{ sent: number }> {
  return db.$transaction(async (tx) => {
    const source = await tx.importSource.findFirst({
      where: { id: sourceId, pausedAt: { not: null } },
      select: {
        name: true,
        url: true,
        enterpriseId: true,
        createdBy: { select: { email: true, name: true, locale: true, role: true } },
      },
    });
    const owner = source?.createdBy;
    if (!source || !owner) return { sent: 0 };
    const t = translator(owner.locale, "imports.pausedEmail");
    // Enterprises manage their sources through the API for now: their dashboard is the landing page.
    const path = owner.role === "SYSTEM_ADMIN" ? "/admin/imports" : "/dashboard";
    await queueEmail(
      tx,
      owner.email,
      renderEmail({
        template: "importSourcePaused",
        subject: t("subject", { name: source.name }),
        greeting: translator(owner.locale, "emails")("greetingNamed", { name: owner.name }),
        paragraphs: [t("body", { name: source.name, url: source.url })],
        action: { label: t("action"), url: `${env().APP_URL}${path}` },
        footer: translator(owner.locale, "emails")("footer"),
      }),
    );
    return { sent: 1 };
  });
}

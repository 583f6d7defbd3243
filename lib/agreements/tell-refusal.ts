import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { queueEmail } from "@/lib/notifications/queue-email";
import { renderEmail } from "@/lib/notifications/templates/layout";

/**
 * Tells everyone concerned that a party refused, with the reason: the student, the enterprise's
 * admins and recruiters, the university's admins, and every signer of the circuit (outside signers
 * by e-mail). Claimed once: the refused step's `askedAt` is set by the first run.
 */
export async function tellRefusal(stepId: string): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.agreementStep.updateMany({
      where: { id: stepId, status: "REFUSED", askedAt: null },
      data: { askedAt: new Date() },
    });
    if (claimed.count === 0) return { told: 0 };
    const step = await tx.agreementStep.findUniqueOrThrow({
      where: { id: stepId },
      select: {
        party: true,
        refusalReason: true,
        signerName: true,
        agreement: {
          select: {
            id: true,
            language: true,
            student: { select: { user: { select: { id: true, email: true, locale: true, name: true } } } },
            enterprise: {
              select: {
                name: true,
                members: {
                  where: { role: { in: ["ADMIN", "RECRUITER"] } },
                  select: { user: { select: { id: true, email: true, locale: true } } },
                },
              },
            },
            university: {
              select: {
                staff: {
                  where: { user: { role: "UNIVERSITY_ADMIN" } },
                  select: { user: { select: { id: true, email: true, locale: true } } },
                },
              },
            },
            steps: { select: { signerEmail: true, signer: { select: { id: true, email: true, locale: true } } } },
          },
        },
      },
    });
    const { agreement } = step;
    const users = new Map<string, { id: string; email: string; locale: string }>();
    for (const u of [
      agreement.student.user,
      ...agreement.enterprise.members.map((m) => m.user),
      ...agreement.university.staff.map((s) => s.user),
      ...agreement.steps.flatMap((s) => (s.signer ? [s.signer] : [])),
    ]) {
      users.set(u.id, u);
    }
    const outsiders = agreement.steps.filter((s) => !s.signer && s.signerEmail).map((s) => s.signerEmail!);
    const link = `/agreements/${agreement.id}`;
    const letter = (locale: string) => {
      const t = translator(locale, "agreements.emails.refused");
      const values = {
        student: agreement.student.user.name,
        enterprise: agreement.enterprise.name,
        party: translator(locale, "agreements.parties")(step.party),
        reason: step.refusalReason ?? "",
      };
      return { t, values };
    };
    for (const user of users.values()) {
      const { t, values } = letter(user.locale);
      await notifyUser(tx, user, {
        kind: "agreements",
        title: t("subject", values),
        body: t("body", values),
        link,
        data: { agreementId: agreement.id },
        email: renderEmail({
          template: "agreementRefused",
          subject: t("subject", values),
          greeting: translator(user.locale, "emails")("greeting"),
          paragraphs: [t("body", values)],
          action: { label: t("action"), url: `${env().APP_URL}${link}` },
          footer: translator(user.locale, "emails")("footer"),
        }),
      });
    }
    for (const email of new Set(outsiders)) {
      const { t, values } = letter(agreement.language);
      await queueEmail(
        tx,
        email,
        renderEmail({
          template: "agreementRefused",
          subject: t("subject", values),
          greeting: translator(agreement.language, "emails")("greeting"),
          paragraphs: [t("body", values)],
          footer: translator(agreement.language, "emails")("footer"),
        }),
      );
    }
    return { told: users.size + new Set(outsiders).size };
  });
}

import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";

/**
 * Tells the student their attestation or certificate is ready (in the app, by e-mail, as they
 * prefer). A student already told of this certificate is skipped, so a retried step tells them once.
 */
export async function notifyCertificateGenerated(certificateId: string): Promise<{ told: boolean }> {
  return db.$transaction(async (tx) => {
    const certificate = await tx.certificate.findUnique({
      where: { id: certificateId },
      select: {
        serial: true,
        kind: true,
        internship: {
          select: {
            id: true,
            enterprise: { select: { name: true } },
            student: { select: { user: { select: { id: true, email: true, locale: true, disabledAt: true } } } },
          },
        },
      },
    });
    const user = certificate?.internship.student.user;
    if (!certificate || !user || user.disabledAt) return { told: false };
    const already = await tx.notification.findFirst({
      where: { userId: user.id, type: "documents", data: { path: ["certificateId"], equals: certificateId } },
      select: { id: true },
    });
    if (already) return { told: false };
    const t = translator(user.locale, "certificates.notify");
    const common = translator(user.locale, "emails");
    const certificateKind = certificate.kind === "CERTIFICATE";
    const title = t(certificateKind ? "certificateTitle" : "attestationTitle");
    const body = t("body", {
      document: t(certificateKind ? "certificate" : "attestation"),
      enterprise: certificate.internship.enterprise.name,
      serial: certificate.serial,
    });
    const link = `/internships/${certificate.internship.id}`;
    await notifyUser(tx, user, {
      kind: "documents",
      title,
      body,
      link,
      data: { certificateId, serial: certificate.serial },
      email: renderEmail({
        template: "certificateGenerated",
        subject: title,
        greeting: common("greeting"),
        paragraphs: [body],
        action: { label: t("action"), url: `${env().APP_URL}${link}` },
        footer: common("footer"),
      }),
    });
    return { told: true };
  });
}

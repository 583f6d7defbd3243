import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { applicationPartiesSelect } from "./application-parties";

/**
 * Tells the people concerned by a move, once (the history row is claimed in the same transaction):
 * the student, in their language, in the app and by e-mail as their settings say, when the
 * enterprise moves their application; the enterprise's admins and recruiters, in the app, when
 * the student withdraws it.
 */
export async function notifyStatusChange(changeId: string): Promise<{ notified: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.applicationStatusChange.updateMany({
      where: { id: changeId, notifiedAt: null, toStatus: { notIn: ["DRAFT", "SUBMITTED"] } },
      data: { notifiedAt: new Date() },
    });
    if (claimed.count === 0) return { notified: 0 };
    const change = await tx.applicationStatusChange.findUniqueOrThrow({
      where: { id: changeId },
      select: {
        toStatus: true,
        note: true,
        application: { select: applicationPartiesSelect },
      },
    });
    const { application, toStatus } = change;
    const { offer } = application;
    const student = application.student.user;

    if (toStatus === "WITHDRAWN") {
      for (const { user } of offer.enterprise.members) {
        const t = translator(user.locale, "applications.notify.withdrawn");
        await notifyUser(tx, user, {
          kind: "applicantActivity",
          title: t("title"),
          body: t("body", { name: student.name, title: offer.title }),
          link: `/enterprise/applications/${application.id}`,
          data: { applicationId: application.id, status: toStatus },
        });
      }
      return { notified: offer.enterprise.members.length };
    }

    const t = translator(student.locale, `applications.notify.${toStatus}`);
    const values = { enterprise: offer.enterprise.name, title: offer.title };
    const body = t("body", values);
    // A message only ever comes with a decline.
    const message =
      toStatus === "REJECTED" && change.note
        ? translator(student.locale, "applications.emails.status")("message", {
            enterprise: offer.enterprise.name,
            message: change.note,
          })
        : null;
    const link = `/student/applications/${application.id}`;
    await notifyUser(tx, student, {
      kind: "applicationStatus",
      title: t("title"),
      body: message ? `${body} ${message}` : body,
      link,
      data: { applicationId: application.id, status: toStatus },
      email: renderEmail({
        template: `application${toStatus}`,
        subject: `${t("title")} — ${offer.title}`,
        greeting: translator(student.locale, "emails")("greetingNamed", { name: student.name }),
        paragraphs: [body, ...(message ? [message] : [])],
        action: {
          label: translator(student.locale, "applications.emails.status")("action"),
          url: `${env().APP_URL}${link}`,
        },
        footer: translator(student.locale, "emails")("footer"),
        // Staff may reword it per language (admin e-mail templates); the decline's message stays after it.
        editable: {
          locale: student.locale,
          values: { name: student.name, ...values },
          extra: message ? [message] : [],
        },
      }),
    });
    return { notified: 1 };
  });
}

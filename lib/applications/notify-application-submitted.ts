import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { queueEmail } from "@/lib/notifications/queue-email";
import { renderEmail } from "@/lib/notifications/templates/layout";

/**
 * Tells everyone concerned that an application was sent, once per submission (the history row
 * is claimed in the same transaction as the messages): the enterprise's application address gets
 * the student's name, the offer and a link to the application, never the CV; the student gets a
 * confirmation; the enterprise's admins and recruiters a notification in the app.
 */
export async function notifyApplicationSubmitted(
  changeId: string,
): Promise<{ enterprise: number; student: number; members: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.applicationStatusChange.updateMany({
      where: { id: changeId, toStatus: "SUBMITTED", notifiedAt: null },
      data: { notifiedAt: new Date() },
    });
    if (claimed.count === 0) return { enterprise: 0, student: 0, members: 0 };
    const { application } = await tx.applicationStatusChange.findUniqueOrThrow({
      where: { id: changeId },
      select: {
        application: {
          select: {
            id: true,
            student: {
              select: {
                user: { select: { name: true, email: true, locale: true } },
                program: { select: { name: true } },
                university: { select: { name: true } },
              },
            },
            offer: {
              select: {
                title: true,
                enterprise: {
                  select: {
                    name: true,
                    applicationEmail: true,
                    contacts: { orderBy: { id: "asc" }, take: 1, select: { email: true } },
                    members: {
                      where: { role: { in: ["ADMIN", "RECRUITER"] } },
                      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
                      select: { user: { select: { id: true, email: true, name: true, locale: true } } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
    const { student, offer } = application;
    const enterprise = offer.enterprise;
    const members = enterprise.members.map((m) => m.user);
    const name = student.user.name;
    const school = student.program?.name ?? student.university?.name;
    const base = env().APP_URL;

    // The application address, else the first contact, else the admins and recruiters themselves.
    const addresses = enterprise.applicationEmail
      ? [enterprise.applicationEmail]
      : enterprise.contacts.length
        ? [enterprise.contacts[0]!.email]
        : members.map((m) => m.email);
    const enterpriseLocale = members[0]?.locale;
    const te = translator(enterpriseLocale, "applications.emails.received");
    for (const address of addresses) {
      await queueEmail(
        tx,
        address,
        renderEmail({
          template: "applicationReceived",
          subject: te("subject", { name, title: offer.title }),
          greeting: translator(enterpriseLocale, "emails")("greeting"),
          paragraphs: [
            te("body", { name, title: offer.title, school: school ? te("school", { school }) : "" }),
            te("privacy"),
          ],
          action: { label: te("action"), url: `${base}/enterprise/applications/${application.id}` },
          footer: translator(enterpriseLocale, "emails")("footer"),
        }),
      );
    }

    const locale = student.user.locale;
    const ts = translator(locale, "applications.emails.confirmation");
    await queueEmail(
      tx,
      student.user.email,
      renderEmail({
        template: "applicationConfirmation",
        subject: ts("subject", { title: offer.title }),
        greeting: translator(locale, "emails")("greetingNamed", { name }),
        paragraphs: [ts("body", { title: offer.title, enterprise: enterprise.name }), ts("next")],
        action: { label: ts("action"), url: `${base}/student/applications/${application.id}` },
        footer: translator(locale, "emails")("footer"),
      }),
    );

    for (const member of members) {
      const tn = translator(member.locale, "applications.notify.received");
      await notifyUser(tx, member, {
        kind: "applicantActivity",
        title: tn("title"),
        body: tn("body", { name, title: offer.title }),
        link: `/enterprise/applications/${application.id}`,
        data: { applicationId: application.id },
      });
    }
    return { enterprise: addresses.length, student: 1, members: members.length };
  });
}

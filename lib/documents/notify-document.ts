import { db, type Tx } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";

type Person = { id: string; email: string; locale: string; name: string; disabledAt: Date | null };
const person = { select: { id: true, email: true, locale: true, name: true, disabledAt: true } } as const;

const kindName = (locale: string, kind: string) => translator(locale, "internshipDocuments.kinds")(kind);

/** Whether this user was already told this (`key`): a retried step tells no one twice. */
async function alreadyTold(tx: Tx, userId: string, key: string) {
  const found = await tx.notification.findFirst({
    where: { userId, type: "documents", data: { path: ["key"], equals: key } },
    select: { id: true },
  });
  return Boolean(found);
}

/**
 * document.uploaded, for the documents of an internship: the owner gets a receipt in the app
 * (version and SHA-256, useful when someone else uploaded it), and the internship's supervisor is
 * asked to review it. Other uploads (a CV, a logo) tell no one.
 */
export async function notifyDocumentUploaded(documentId: string, versionId: string): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const version = await tx.documentVersion.findFirst({
      where: { id: versionId, documentId, document: { deletedAt: null, internshipId: { not: null } } },
      select: {
        version: true,
        sha256: true,
        uploadedById: true,
        document: {
          select: {
            kind: true,
            title: true,
            owner: person,
            internship: { select: { id: true, supervisor: { select: { user: person } } } },
          },
        },
      },
    });
    const internship = version?.document.internship;
    if (!version || !internship) return { told: 0 };
    const { owner } = version.document;
    const link = `/internships/${internship.id}#documents`;
    const key = `uploaded:${versionId}`;
    let told = 0;
    const tell = async (user: Person, text: "receipt" | "toReview", email: boolean) => {
      if (user.disabledAt || (await alreadyTold(tx, user.id, key))) return;
      const t = translator(user.locale, "internshipDocuments.notifications");
      const values = {
        kind: kindName(user.locale, version.document.kind),
        title: version.document.title,
        version: version.version,
        sha256: version.sha256.slice(0, 16),
        owner: owner.name,
      };
      const title = t(`${text}.title`, values);
      const body = t(`${text}.body`, values);
      await notifyUser(tx, user, {
        kind: "documents",
        title,
        body,
        link,
        data: { key, documentId, versionId },
        email: email ? documentEmail(user, title, body, link) : undefined,
      });
      told += 1;
    };
    await tell(owner, "receipt", version.uploadedById !== owner.id);
    const supervisor = internship.supervisor?.user;
    if (supervisor && supervisor.id !== version.uploadedById) await tell(supervisor, "toReview", true);
    return { told };
  });
}

/** document.validated and document.rejected: the owner hears the decision (and the reason of a rejection). */
export async function notifyDocumentReviewed(documentId: string): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const document = await tx.document.findFirst({
      where: { id: documentId, deletedAt: null, status: { in: ["VALIDATED", "REJECTED"] } },
      select: {
        kind: true,
        title: true,
        status: true,
        validatedAt: true,
        rejectionReason: true,
        internshipId: true,
        owner: person,
      },
    });
    if (!document || document.owner.disabledAt) return { told: 0 };
    const key = `${document.status}:${documentId}:${document.validatedAt?.toISOString()}`;
    if (await alreadyTold(tx, document.owner.id, key)) return { told: 0 };
    const user = document.owner;
    const t = translator(user.locale, "internshipDocuments.notifications");
    const values = {
      kind: kindName(user.locale, document.kind),
      title: document.title,
      reason: document.rejectionReason ?? "—",
    };
    const text = document.status === "VALIDATED" ? "validated" : "rejected";
    const title = t(`${text}.title`, values);
    const body = t(`${text}.body`, values);
    const link = document.internshipId ? `/internships/${document.internshipId}#documents` : "/notifications";
    await notifyUser(tx, user, {
      kind: "documents",
      title,
      body,
      link,
      data: { key, documentId },
      email: documentEmail(user, title, body, link),
    });
    return { told: 1 };
  });
}

function documentEmail(user: Person, title: string, body: string, link: string) {
  const common = translator(user.locale, "emails");
  const t = translator(user.locale, "internshipDocuments.notifications");
  return renderEmail({
    template: "documentNotification",
    subject: title,
    greeting: user.name ? common("greetingNamed", { name: user.name }) : common("greeting"),
    paragraphs: [body],
    action: { label: t("open"), url: `${env().APP_URL}${link}` },
    footer: common("footer"),
  });
}

import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { applicationScope, requireApplicationDecider } from "./policy";
import { fillTemplate } from "./rejection-template-text";
import { builtInTemplates, ownTemplate, templateSelect } from "./rejection-templates";
import { authoredLanguage } from "@/lib/core/i18n-config";

/**
 * The enterprise's templates filled in for one application it may decline: the student's name,
 * the offer's title and the enterprise's name put in, in the student's language (else the other
 * one). What the refusal dialog offers; the recruiter edits the message before sending.
 */
export async function rejectionMessagesFor(actor: Actor | null, applicationId: string) {
  const me = requireApplicationDecider(actor);
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationScope(me)] },
    select: {
      student: { select: { user: { select: { name: true, locale: true } } } },
      offer: { select: { title: true, enterprise: { select: { name: true } } } },
    },
  });
  if (!application) throw notFound("applicationNotFound");
  const own = await db.rejectionTemplate.findMany({
    where: { enterpriseId: me.enterprise.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: templateSelect,
  });
  const { user } = application.student;
  const values = {
    studentName: user.name,
    offerTitle: application.offer.title,
    enterpriseName: application.offer.enterprise.name,
  };
  return [...builtInTemplates(me.locale), ...own.map(ownTemplate)].map((template) => {
    // Written in French and English only: an Arabic reader gets the French (decision 0018).
    const text =
      authoredLanguage(user.locale) === "en"
        ? (template.bodyEn ?? template.bodyFr)
        : (template.bodyFr ?? template.bodyEn);
    return {
      id: template.id,
      name: template.name,
      reason: template.reason,
      builtIn: template.builtIn,
      message: fillTemplate(text ?? "", values),
    };
  });
}

import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { offerQuestionsSelect } from "@/lib/offers/offer-questions";
import { isVisibleOffer } from "@/lib/offers/visible-offer";
import { requireStudent } from "@/lib/students/policy";
import { findOwnApplication } from "./find-own-application";

/**
 * What the apply form needs: the offer (and whether it still takes applications) with its
 * screening questions, the CV of the student's profile, and their live application to it if they
 * started one, with the answers saved so far.
 */
export async function prepareApplication(actor: Actor | null, offerId: string) {
  const me = requireStudent(actor);
  const [offer, student, live] = await Promise.all([
    db.offer.findFirst({
      where: { id: offerId, status: { not: "DRAFT" } },
      select: {
        id: true,
        title: true,
        city: true,
        status: true,
        deadline: true,
        enterprise: { select: { name: true } },
        questions: offerQuestionsSelect,
      },
    }),
    db.student.findUniqueOrThrow({
      where: { id: me.studentId },
      select: {
        cv: {
          select: {
            id: true,
            deletedAt: true,
            versions: { orderBy: { version: "desc" }, take: 1, select: { fileName: true } },
          },
        },
      },
    }),
    findOwnApplication(me, offerId),
  ]);
  if (!offer) throw notFound("offerNotFound");
  const answers = live
    ? await db.applicationAnswer.findMany({
        where: { applicationId: live.id, application: { studentId: me.studentId }, questionId: { not: null } },
        select: { questionId: true, value: true },
      })
    : [];
  const version = student.cv && !student.cv.deletedAt ? student.cv.versions[0] : undefined;
  return {
    offer: {
      id: offer.id,
      title: offer.title,
      city: offer.city,
      deadline: offer.deadline,
      enterprise: offer.enterprise.name,
      questions: offer.questions,
    },
    open: isVisibleOffer(offer),
    cv: version ? { documentId: student.cv!.id, fileName: version.fileName } : null,
    application: live && { ...live, answers: answers as { questionId: string; value: string | null }[] },
    emailVerified: me.emailVerified,
  };
}

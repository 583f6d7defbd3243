// What a newcomer should find around the demo applications: screening questions on two of the
// demo enterprise's offers (with the answers its applicants gave), its own scorecard criteria on
// one of them, a colleague's scorecards still hidden from the demo recruiter until they send
// theirs, and two rejection templates of its own.
import type { Tx } from "@/lib/core/db";
import type { Prisma, Recommendation } from "@/lib/generated/prisma/client";

type Question = Omit<Prisma.OfferQuestionCreateManyInput, "offerId" | "position"> & { answers: string[] };

/** Index into OFFERS → its questions, with what each applicant (in order of application) answered. */
const QUESTIONS: Record<number, Question[]> = {
  0: [
    {
      kind: "YES_NO",
      label: "Êtes-vous disponible pour 6 mois à partir de février ?",
      required: true,
      answers: ["yes"],
    },
    {
      kind: "CHOICE",
      label: "Votre niveau en TypeScript",
      required: true,
      options: ["Débutant", "Intermédiaire", "Avancé"],
      answers: ["Avancé", "Intermédiaire"],
    },
    {
      kind: "TEXT",
      label: "Un projet dont vous êtes fier·ère, en quelques lignes",
      answers: ["Une application de réservation de salles pour mon association, en Next.js et PostgreSQL."],
    },
  ],
  2: [
    { kind: "YES_NO", label: "Avez-vous déjà publié une application sur un store ?", required: true, answers: [] },
    { kind: "CHOICE", label: "Votre plateforme de test", options: ["iOS", "Android", "Les deux"], answers: [] },
  ],
};

/** The criteria the mobile offer's evaluators rate instead of the default set. */
const MOBILE_CRITERIA = [
  { key: "reactNative", label: "React Native" },
  { key: "ux", label: "Sens du détail (UX)" },
  { key: "autonomy", label: "Autonomie" },
];

/** A colleague's scorecards on the first offer's applicants (criteria of the default set). */
const SCORECARDS: { student: string; ratings: number[]; recommendation: Recommendation; comment: string }[] = [
  {
    student: "Manon Leroy",
    ratings: [3, 4, 4, 3],
    recommendation: "YES",
    comment: "Très à l'aise à l'oral, bonnes bases React ; à revoir sur les tests.",
  },
  {
    student: "Léa Martin",
    ratings: [4, 4, 3, 4],
    recommendation: "STRONG_YES",
    comment: "Projet associatif solide, parle très bien de ses choix techniques.",
  },
];

const DEFAULT_KEYS = ["technical", "motivation", "communication", "teamFit"];

export async function seedDemoScreening(
  tx: Tx,
  input: { offerIds: string[]; enterpriseId: string; colleagueId: string },
): Promise<void> {
  const { offerIds, enterpriseId, colleagueId } = input;
  for (const [index, questions] of Object.entries(QUESTIONS)) {
    const offerId = offerIds[Number(index)]!;
    const applications = await tx.application.findMany({
      where: { offerId, status: { not: "DRAFT" } },
      orderBy: { createdAt: "asc" },
      select: { id: true, submittedAt: true },
    });
    for (const [position, { answers, ...question }] of questions.entries()) {
      const { id: questionId } = await tx.offerQuestion.create({
        data: { ...question, offerId, position },
        select: { id: true },
      });
      await tx.applicationAnswer.createMany({
        data: applications.map((application, i) => ({
          applicationId: application.id,
          questionId,
          position,
          questionLabel: question.label,
          questionKind: question.kind,
          value: answers[i % Math.max(answers.length, 1)] ?? null,
          createdAt: application.submittedAt ?? undefined,
        })),
      });
    }
  }
  await tx.offerScorecard.create({
    data: { offerId: offerIds[2]!, criteria: MOBILE_CRITERIA as Prisma.InputJsonValue },
  });

  for (const card of SCORECARDS) {
    const application = await tx.application.findFirstOrThrow({
      where: { offerId: offerIds[0], student: { user: { name: card.student } } },
      select: { id: true },
    });
    const criteria = DEFAULT_KEYS.map((key, i) => ({ key, label: null, rating: card.ratings[i]! }));
    await tx.applicationEvaluation.create({
      data: {
        applicationId: application.id,
        evaluatorId: colleagueId,
        score: card.ratings.reduce((sum, r) => sum + r, 0) / card.ratings.length,
        criteria,
        recommendation: card.recommendation,
        comment: card.comment,
      },
    });
  }

  await tx.rejectionTemplate.createMany({
    data: [
      {
        enterpriseId,
        name: "Après entretien",
        reason: "OTHER_CANDIDATE_PREFERRED",
        bodyFr:
          "Bonjour {studentName},\n\nMerci pour le temps que vous nous avez consacré en entretien pour « {offerTitle} ». Nous avons retenu une autre candidature, mais votre profil nous a marqués : n'hésitez pas à postuler à nos prochaines offres.\n\nL'équipe {enterpriseName}",
        bodyEn:
          "Hello {studentName},\n\nThank you for the time you gave us in the interview for “{offerTitle}”. We chose another applicant, but your profile stood out: please apply to our next offers.\n\nThe {enterpriseName} team",
      },
      {
        enterpriseId,
        name: "Disponibilités incompatibles",
        reason: "AVAILABILITY_NOT_MATCHING",
        bodyFr:
          "Bonjour {studentName},\n\nVos dates de disponibilité ne correspondent pas à celles du stage « {offerTitle} ». Nous gardons votre candidature en tête pour la prochaine session.\n\nL'équipe {enterpriseName}",
        bodyEn: null,
      },
    ],
  });
}

import type { Tx } from "@/lib/core/db";
import { field, invalid, type FieldErrors, type Reason } from "@/lib/core/errors";
import type { ScreeningQuestionKind } from "@/lib/generated/prisma/enums";
import { ANSWER_MAX } from "@/lib/offers/schemas";
import type { AnswerInput } from "./schemas";

type Question = { id: string; position: number; kind: ScreeningQuestionKind; label: string; options: string[] };

/** The field an answer's reasons name: the question it answers, whatever its place in the list sent. */
export const answerField = (questionId: string) => `answers.${questionId}`;

/** What is wrong with this answer to this question, if anything (null, no answer, is checked elsewhere). */
export function answerProblem(question: Pick<Question, "kind" | "options">, value: string | null): Reason | null {
  if (value === null) return null;
  switch (question.kind) {
    case "TEXT":
      return value.length > ANSWER_MAX ? field("tooLong", { max: ANSWER_MAX }) : null;
    case "YES_NO":
      return value === "yes" || value === "no" ? null : field("yesOrNo");
    case "CHOICE":
      return question.options.includes(value) ? null : field("notAnOption");
  }
}

const questionsOf = (tx: Tx, offerId: string) =>
  tx.offerQuestion.findMany({
    where: { offerId },
    orderBy: { position: "asc" },
    select: { id: true, position: true, kind: true, label: true, required: true, options: true },
  });

const asked = (question: Question) => ({
  position: question.position,
  questionLabel: question.label,
  questionKind: question.kind,
});

/**
 * Saves the answers sent with a draft (only those: one left out keeps its saved value, null clears
 * it). Each must answer a question of the offer and fit it; otherwise nothing is saved.
 */
export async function saveAnswers(tx: Tx, application: { id: string; offerId: string }, answers: AnswerInput[]) {
  if (answers.length === 0) return;
  const questions = new Map((await questionsOf(tx, application.offerId)).map((q) => [q.id, q]));
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  answers.forEach((answer, i) => {
    const question = questions.get(answer.questionId);
    if (!question || seen.has(question.id)) return void (errors[`answers.${i}.questionId`] = field("unknownQuestion"));
    seen.add(question.id);
    const problem = answerProblem(question, answer.value);
    if (problem) errors[answerField(question.id)] = problem;
  });
  if (Object.keys(errors).length) throw invalid(errors, "screeningAnswersInvalid");
  for (const { questionId, value } of answers) {
    const question = questions.get(questionId)!;
    await tx.applicationAnswer.upsert({
      where: { applicationId_questionId: { applicationId: application.id, questionId } },
      create: { applicationId: application.id, questionId, value, ...asked(question) },
      update: { value, ...asked(question) },
    });
  }
}

/**
 * Checks, as the draft is sent, that the saved answers answer the offer's questions as they are
 * now (required ones answered, choices among today's options), then records each question as
 * asked: its text beside the answer, an unanswered optional one with a null value. Answers to
 * questions removed since the draft was saved are dropped.
 */
export async function completeAnswers(tx: Tx, application: { id: string; offerId: string }) {
  const [questions, saved] = await Promise.all([
    questionsOf(tx, application.offerId),
    tx.applicationAnswer.findMany({
      where: { applicationId: application.id },
      select: { questionId: true, value: true },
    }),
  ]);
  const values = new Map(saved.map((answer) => [answer.questionId, answer.value]));
  const errors: FieldErrors = {};
  for (const question of questions) {
    const value = values.get(question.id) ?? null;
    const problem = value === null && question.required ? field("answerRequired") : answerProblem(question, value);
    if (problem) errors[answerField(question.id)] = problem;
  }
  if (Object.keys(errors).length) throw invalid(errors, "screeningAnswersInvalid");
  await tx.applicationAnswer.deleteMany({ where: { applicationId: application.id, questionId: null } });
  for (const question of questions) {
    await tx.applicationAnswer.upsert({
      where: { applicationId_questionId: { applicationId: application.id, questionId: question.id } },
      create: { applicationId: application.id, questionId: question.id, value: null, ...asked(question) },
      update: asked(question),
    });
  }
}

import type { Tx } from "@/lib/core/db";
import { field, invalid, type FieldErrors } from "@/lib/core/errors";
import type { ScreeningQuestionInput } from "./schemas";

/** What an offer shows of its screening questions, in their order. */
export const offerQuestionsSelect = {
  orderBy: { position: "asc" },
  select: { id: true, kind: true, label: true, required: true, options: true },
} as const;

/**
 * Replaces the offer's screening questions with the list given, in its order. A question sent
 * with its `id` is kept and edited in place, so the drafts answering it keep their answers; one
 * left out is removed. Answers already sent are not lost either way: each keeps the question's
 * text as it was asked (ApplicationAnswer), which lets an enterprise fix or drop a question
 * mid-campaign rather than being locked out of editing once someone has applied.
 * `undefined` (the API left the field out) leaves the questions as they are.
 */
export async function writeOfferQuestions(tx: Tx, offerId: string, questions: ScreeningQuestionInput[] | undefined) {
  if (questions === undefined) return;
  const existing = new Set(
    (await tx.offerQuestion.findMany({ where: { offerId }, select: { id: true } })).map((q) => q.id),
  );
  const errors: FieldErrors = {};
  const kept = new Set<string>();
  questions.forEach((question, i) => {
    if (!question.id) return;
    if (!existing.has(question.id) || kept.has(question.id)) errors[`questions.${i}.id`] = field("unknownQuestion");
    kept.add(question.id);
  });
  if (Object.keys(errors).length) throw invalid(errors);
  await tx.offerQuestion.deleteMany({ where: { offerId, id: { notIn: [...kept] } } });
  for (const [position, { id, kind, label, required, options }] of questions.entries()) {
    const data = { position, kind, label, required, options: kind === "CHOICE" ? (options as string[]) : [] };
    if (id) await tx.offerQuestion.update({ where: { id, offerId }, data });
    else await tx.offerQuestion.create({ data: { ...data, offerId } });
  }
}

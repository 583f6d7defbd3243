import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireStudent } from "@/lib/students/policy";
import { saveAnswers } from "./screening-answers";
import { applicationDraftSchema } from "./schemas";
import { checkCvChoice } from "./submission";

/**
 * Saves a draft as the student types (the form saves after a pause): only the fields sent change,
 * answers to the screening questions included.
 * Once sent, an application is no longer edited.
 */
export async function updateApplicationDraft(
  actor: Actor | null,
  applicationId: string,
  input: unknown,
): Promise<{ id: string; updatedAt: Date }> {
  const me = requireStudent(actor);
  const data = await validate(applicationDraftSchema, input);
  return db.$transaction(async (tx) => {
    const draft = await tx.application.findFirst({
      where: { id: applicationId, studentId: me.studentId },
      select: { status: true, offerId: true },
    });
    if (!draft) throw notFound("applicationNotFound");
    if (draft.status !== "DRAFT") throw conflict("onlyDraftsChange");
    if (data.cvDocumentId !== undefined) await checkCvChoice(tx, me.studentId, data.cvDocumentId);
    const updated = await tx.application.updateMany({
      where: { id: applicationId, studentId: me.studentId, status: "DRAFT" },
      data: {
        ...(data.coverLetter !== undefined && { coverLetter: data.coverLetter }),
        ...(data.cvDocumentId !== undefined && { cvDocumentId: data.cvDocumentId }),
        // Answers live in their own rows: the draft still reads as saved now.
        updatedAt: new Date(),
      },
    });
    if (updated.count === 0) throw conflict("onlyDraftsChange");
    if (data.answers) await saveAnswers(tx, { id: applicationId, offerId: draft.offerId }, data.answers);
    const { updatedAt } = await tx.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { updatedAt: true },
    });
    return { id: applicationId, updatedAt };
  });
}

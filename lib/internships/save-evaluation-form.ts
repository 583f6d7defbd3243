import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireUniversityAdmin, scopedUniversity } from "@/lib/universities/policy";
import { currentForm } from "./evaluation-forms";
import { formKindSchema } from "./evaluation-kinds";
import { formDefinitionSchema, type FormDefinition } from "./evaluation-schemas";

/**
 * Saves a university's form of one kind as its next version. Evaluations already submitted keep
 * the version they answered (and a copy of it); the ones filled from now on use this one.
 */
export async function saveEvaluationForm(actor: Actor | null, universityId: string, kind: unknown, input: unknown) {
  const me = requireUniversityAdmin(actor);
  const formKind = await validate(formKindSchema, kind);
  const definition = (await validate(formDefinitionSchema, input)) as FormDefinition;
  const university = await scopedUniversity(me, universityId);
  try {
    return await db.$transaction(async (tx) => {
      const { version } = await currentForm(university.id, formKind, tx);
      await tx.evaluationForm.create({
        data: { universityId: university.id, kind: formKind, version: version + 1, definition, createdById: me.userId },
      });
      return currentForm(university.id, formKind, tx);
    });
  } catch (error) {
    // Two admins saving at once: the second is told to reload rather than silently overwrite.
    if (isUniqueViolation(error)) throw conflict("evaluationFormChanged");
    throw error;
  }
}

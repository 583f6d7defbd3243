import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireUniversityStaff, scopedUniversity } from "@/lib/universities/policy";
import { currentForm } from "./evaluation-forms";
import { formKindSchema } from "./evaluation-kinds";

/** A university's current form of one kind (its default until it saves one), for its staff and system admins. */
export async function getEvaluationForm(actor: Actor | null, universityId: string, kind: unknown) {
  const me = requireUniversityStaff(actor);
  const formKind = await validate(formKindSchema, kind);
  const university = await scopedUniversity(me, universityId);
  return currentForm(university.id, formKind);
}

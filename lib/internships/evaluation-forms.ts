import { db, type Tx } from "@/lib/core/db";
import type { EvaluationFormKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_EVALUATION_FORMS } from "./default-evaluation-forms";
import type { FormDefinition } from "./evaluation-schemas";

export type CurrentForm = { kind: EvaluationFormKind; version: number; definition: FormDefinition; isDefault: boolean };

/** The form a university uses today for one kind: its latest saved version, else the platform's default (version 0). */
export async function currentForm(universityId: string, kind: EvaluationFormKind, tx: Tx = db): Promise<CurrentForm> {
  const saved = await tx.evaluationForm.findFirst({
    where: { universityId, kind },
    orderBy: { version: "desc" },
    select: { version: true, definition: true },
  });
  if (saved) return { kind, version: saved.version, definition: saved.definition as FormDefinition, isDefault: false };
  return { kind, version: 0, definition: DEFAULT_EVALUATION_FORMS[kind], isDefault: true };
}

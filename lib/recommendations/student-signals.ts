import type { Tx } from "@/lib/core/db";
import { fromMinorUnits } from "@/lib/core/money";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listImportedSkills } from "@/lib/profile-import/list-imported-skills";
import { placeKey, type StudentSignals } from "./score-offer";

/** What a student's score is made of, as read from their profile. */
export const signalsSelect = {
  id: true,
  fieldOfStudy: true,
  preference: true,
  _count: { select: { skills: true } },
} satisfies Prisma.StudentSelect;

type SignalsRow = Prisma.StudentGetPayload<{ select: typeof signalsSelect }>;

/** `importedSkills`: the skills accepted from the CV or LinkedIn (`listImportedSkills`). */
export function toSignals(student: SignalsRow, importedSkills: string[]): StudentSignals {
  const wishes = student.preference;
  return {
    skillCount: student._count.skills,
    importedSkills,
    fields: wishes?.fields ?? [],
    fieldOfStudy: student.fieldOfStudy,
    places: (wishes?.places ?? []).map(placeKey),
    remoteModes: wishes?.remoteModes ?? [],
    availableFrom: wishes?.availableFrom ?? null,
    availableTo: wishes?.availableTo ?? null,
    minStipend: wishes ? fromMinorUnits(wishes.minStipendMinor, wishes.currency) : null,
    currency: wishes?.currency ?? "EUR",
  };
}

/** A student's signals, or null for an unknown student (the caller has checked who may ask). */
export async function loadSignals(client: Tx, studentId: string): Promise<StudentSignals | null> {
  const [student, imported] = await Promise.all([
    client.student.findUnique({ where: { id: studentId }, select: signalsSelect }),
    listImportedSkills(client, studentId),
  ]);
  return student ? toSignals(student, imported) : null;
}

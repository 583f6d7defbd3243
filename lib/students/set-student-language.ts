import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "./policy";
import { studentLanguageSchema } from "./schemas";

/** The student says they speak a language, at a level; saying it again changes the level. */
export async function setStudentLanguage(actor: Actor | null, studentId: string, input: unknown) {
  const me = requireOwnStudent(actor, studentId);
  const { language, level } = await validate(studentLanguageSchema, input);
  return db.studentLanguage.upsert({
    where: { studentId_language: { studentId: me.studentId, language } },
    create: { studentId: me.studentId, language, level: level ?? null },
    update: { level: level ?? null },
    select: { language: true, level: true },
  });
}

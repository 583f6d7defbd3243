import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "./policy";

/** The student removes a language from their own profile. */
export async function removeStudentLanguage(actor: Actor | null, studentId: string, language: unknown) {
  const me = requireOwnStudent(actor, studentId);
  if (typeof language !== "string" || !/^[a-z]{2,3}$/.test(language)) throw notFound("studentLanguageNotFound");
  const { count } = await db.studentLanguage.deleteMany({ where: { studentId: me.studentId, language } });
  if (count === 0) throw notFound("studentLanguageNotFound");
}

import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireStudent } from "@/lib/students/policy";

/** Deletes one of the student's saved searches; another student's reads as not found. */
export async function deleteSavedSearch(actor: Actor | null, id: string): Promise<void> {
  const me = requireStudent(actor);
  const { count } = await db.savedSearch.deleteMany({ where: { id, studentId: me.studentId } });
  if (count === 0) throw notFound("savedSearchNotFound");
}

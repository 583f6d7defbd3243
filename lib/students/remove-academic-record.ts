import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "./policy";

/** The student removes one of their own academic records; anyone else's id reads as not found. */
export async function removeAcademicRecord(actor: Actor | null, studentId: string, recordId: string): Promise<void> {
  const me = requireOwnStudent(actor, studentId);
  const { count } = await db.academicRecord.deleteMany({ where: { id: recordId, studentId: me.studentId } });
  if (count === 0) throw notFound("academicRecordNotFound");
}

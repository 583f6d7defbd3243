import { db } from "@/lib/core/db";
import { field, invalid } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { getStudentProfile } from "./get-student-profile";
import { requireOwnStudent } from "./policy";
import { studentProfileSchema } from "./schemas";
import type { FullStudentProfile } from "./student-profile-select";

/**
 * The student edits their own profile: only the fields sent change. A program must belong to the
 * student's own university.
 */
export async function updateStudentProfile(
  actor: Actor | null,
  studentId: string,
  input: unknown,
): Promise<FullStudentProfile> {
  const me = requireOwnStudent(actor, studentId);
  const data = await validate(studentProfileSchema, input);
  if (data.programId) {
    const program = await db.program.findFirst({
      where: { id: data.programId, department: { university: { students: { some: { id: me.studentId } } } } },
      select: { id: true },
    });
    if (!program) throw invalid({ programId: field("programUnknown") });
  }
  await db.student.update({ where: { id: me.studentId }, data });
  return (await getStudentProfile(me, me.studentId)) as FullStudentProfile;
}

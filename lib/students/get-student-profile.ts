import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { studentScope } from "./policy";
import {
  studentProfileSelect,
  toStudentProfile,
  type FullStudentProfile,
  type StudentProfile,
} from "./student-profile-select";

/**
 * One student's profile, if the actor may read it (self, own university, assigned supervisor,
 * admins; enterprises only visible profiles and only their public part). Else NOT_FOUND.
 */
export async function getStudentProfile(actor: Actor | null, studentId: string): Promise<StudentProfile> {
  const me = requireActor(actor);
  const row = await db.student.findFirst({
    where: { AND: [{ id: studentId }, studentScope(me)] },
    select: studentProfileSelect,
  });
  if (!row) throw notFound("studentNotFound");
  return toStudentProfile(row, me.role !== "ENTERPRISE");
}

/** The signed-in student's own full profile (the profile page). */
export async function getOwnStudentProfile(actor: Actor | null): Promise<FullStudentProfile> {
  const me = requireActor(actor);
  if (me.role !== "STUDENT" || !me.studentId) throw notFound("ownStudentProfileNotFound");
  return (await getStudentProfile(me, me.studentId)) as FullStudentProfile;
}

import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "./policy";

/** The student removes a job from their own background; anyone else's id reads as not found. */
export async function removeWorkExperience(actor: Actor | null, studentId: string, experienceId: unknown) {
  const me = requireOwnStudent(actor, studentId);
  if (!isPlausibleId(experienceId)) throw notFound("workExperienceNotFound");
  const { count } = await db.workExperience.deleteMany({ where: { id: experienceId, studentId: me.studentId } });
  if (count === 0) throw notFound("workExperienceNotFound");
}

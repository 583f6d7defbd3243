import { db } from "@/lib/core/db";
import { field, invalid } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "./policy";
import { workExperienceSchema } from "./schemas";

const MAX_EXPERIENCES = 30;

/** The student adds a job or internship to their own background. */
export async function addWorkExperience(actor: Actor | null, studentId: string, input: unknown) {
  const me = requireOwnStudent(actor, studentId);
  const data = await validate(workExperienceSchema, input);
  return db.$transaction(async (tx) => {
    if ((await tx.workExperience.count({ where: { studentId: me.studentId } })) >= MAX_EXPERIENCES) {
      throw invalid({ _: field("tooMany", { max: MAX_EXPERIENCES }) }, "invalidFields");
    }
    return tx.workExperience.create({
      data: { ...data, studentId: me.studentId },
      select: { id: true, employer: true, role: true, startDate: true, endDate: true, description: true },
    });
  });
}

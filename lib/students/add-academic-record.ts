import { db } from "@/lib/core/db";
import { field, invalid } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "./policy";
import { academicRecordSchema } from "./schemas";

const MAX_RECORDS = 20;

/** The student adds a degree or year of study to their own profile. */
export async function addAcademicRecord(actor: Actor | null, studentId: string, input: unknown) {
  const me = requireOwnStudent(actor, studentId);
  const data = await validate(academicRecordSchema, input);
  return db.$transaction(async (tx) => {
    if ((await tx.academicRecord.count({ where: { studentId: me.studentId } })) >= MAX_RECORDS) {
      throw invalid(
        { _: field("tooMany", { max: MAX_RECORDS }) },
        { key: "academicRecordLimit", values: { max: MAX_RECORDS } },
      );
    }
    return tx.academicRecord.create({
      data: { ...data, studentId: me.studentId },
      select: { id: true, institution: true, degree: true, field: true, startDate: true, endDate: true, grade: true },
    });
  });
}

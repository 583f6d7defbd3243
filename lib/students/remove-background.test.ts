import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { loadActor } from "@/lib/identity/actor";
import { createUser } from "@/tests/helpers/users";
import { removeStudentLanguage } from "./remove-student-language";
import { removeWorkExperience } from "./remove-work-experience";

async function studentWithBackground() {
  const user = await createUser("STUDENT");
  const actor = await loadActor(user.id);
  if (!actor?.studentId) throw new Error("no student");
  const job = await db.workExperience.create({
    data: { studentId: actor.studentId, employer: "Numeria", role: "Stagiaire data" },
  });
  await db.studentLanguage.create({ data: { studentId: actor.studentId, language: "en", level: "C1" } });
  return { actor, studentId: actor.studentId, jobId: job.id };
}

describe("removing a job or a language from one's background", () => {
  it("removes the student's own entries", async () => {
    const me = await studentWithBackground();
    await removeWorkExperience(me.actor, me.studentId, me.jobId);
    await removeStudentLanguage(me.actor, me.studentId, "en");
    expect(await db.workExperience.count({ where: { studentId: me.studentId } })).toBe(0);
    expect(await db.studentLanguage.count({ where: { studentId: me.studentId } })).toBe(0);
  });

  it("reads another student's entries and odd input as not found, and removes nothing", async () => {
    const me = await studentWithBackground();
    const other = await studentWithBackground();
    for (const id of [other.jobId, "x".repeat(5000), "\u0000", 42, null]) {
      await expect(removeWorkExperience(me.actor, me.studentId, id)).rejects.toMatchObject({
        code: "NOT_FOUND",
        reason: { key: "workExperienceNotFound" },
      });
    }
    await expect(removeStudentLanguage(me.actor, me.studentId, "de")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeStudentLanguage(me.actor, me.studentId, "en; drop")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(removeWorkExperience(me.actor, other.studentId, other.jobId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.workExperience.count({ where: { studentId: { in: [me.studentId, other.studentId] } } })).toBe(2);
    expect(await db.studentLanguage.count({ where: { studentId: { in: [me.studentId, other.studentId] } } })).toBe(2);
  });
});

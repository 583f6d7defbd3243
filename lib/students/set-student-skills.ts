import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { ensureSkills } from "@/lib/skills/ensure-skills";
import { requireOwnStudent } from "./policy";
import { studentSkillsSchema } from "./schemas";

/**
 * Replaces the student's skills with the given list, adding unknown names to the shared list.
 * Skills kept from the previous list keep their level.
 */
export async function setStudentSkills(actor: Actor | null, studentId: string, input: unknown) {
  const me = requireOwnStudent(actor, studentId);
  const { skills } = await validate(studentSkillsSchema, input);
  const names = skills.filter((name): name is string => Boolean(name));
  return db.$transaction(async (tx) => {
    const skillIds = await ensureSkills(tx, names);
    await tx.studentSkill.deleteMany({ where: { studentId: me.studentId, skillId: { notIn: skillIds } } });
    await tx.studentSkill.createMany({
      data: skillIds.map((skillId) => ({ studentId: me.studentId, skillId })),
      skipDuplicates: true,
    });
    const rows = await tx.studentSkill.findMany({
      where: { studentId: me.studentId },
      select: { level: true, skill: { select: { name: true } } },
      orderBy: { skill: { name: "asc" } },
    });
    return { skills: rows.map((row) => ({ name: row.skill.name, level: row.level })) };
  });
}

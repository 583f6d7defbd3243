import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import type { ProfileProposalKind } from "@/lib/generated/prisma/enums";
import { addAcademicRecord } from "@/lib/students/add-academic-record";
import { addWorkExperience } from "@/lib/students/add-work-experience";
import { setStudentLanguage } from "@/lib/students/set-student-language";
import { setStudentSkills } from "@/lib/students/set-student-skills";
import { periodDay } from "./cv-dates";
import type { EducationData, ExperienceData, LanguageData, SkillData } from "./proposal-data";

/**
 * An accepted proposal written to the profile through the students' own use cases, so that it is
 * validated and limited like anything the student types: a skill joins their skills (ordinary
 * profile skills from then on, for matching too), a degree becomes an academic record, a job a
 * work experience, a language a language.
 */
export async function applyProposal(actor: Actor, studentId: string, kind: ProfileProposalKind, data: unknown) {
  switch (kind) {
    case "SKILL": {
      const { name } = data as SkillData;
      const current = await db.studentSkill.findMany({
        where: { studentId },
        select: { skill: { select: { name: true } } },
      });
      await setStudentSkills(actor, studentId, { skills: [...current.map((row) => row.skill.name), name] });
      return;
    }
    case "EDUCATION": {
      const { institution, degree, start, end } = data as EducationData;
      await addAcademicRecord(actor, studentId, {
        institution,
        degree,
        startDate: periodDay(start, "first") ?? "",
        endDate: periodDay(end, "last") ?? "",
      });
      return;
    }
    case "EXPERIENCE": {
      const { employer, role, start, end } = data as ExperienceData;
      await addWorkExperience(actor, studentId, {
        employer,
        role,
        startDate: periodDay(start, "first") ?? "",
        endDate: periodDay(end, "last") ?? "",
      });
      return;
    }
    case "LANGUAGE": {
      const { language, level } = data as LanguageData;
      await setStudentLanguage(actor, studentId, { language, level });
      return;
    }
  }
}

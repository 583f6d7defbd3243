import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { studentScope } from "@/lib/students/policy";
import { requireUniversityStaff, scopedUniversity } from "./policy";
import { standingOf } from "./student-standing";

/** One student of the university's roster (within the actor's scope), with their applications, agreements and internships. */
export async function getRosterStudent(actor: Actor | null, universityId: string, studentId: string) {
  const me = requireUniversityStaff(actor);
  const university = await scopedUniversity(me, universityId);
  const student = await db.student.findFirst({
    where: { AND: [{ id: String(studentId), universityId: university.id }, studentScope(me)] },
    select: {
      id: true,
      studentNumber: true,
      yearOfStudy: true,
      headline: true,
      city: true,
      phone: true,
      fieldOfStudy: true,
      createdAt: true,
      user: { select: { name: true, email: true, passwordHash: true, emailVerified: true } },
      program: { select: { id: true, name: true, level: true, years: true, department: { select: { name: true } } } },
      skills: { select: { skill: { select: { name: true } } }, orderBy: { skill: { name: "asc" } } },
      applications: {
        where: { status: { not: "DRAFT" } },
        orderBy: { submittedAt: "desc" },
        select: {
          id: true,
          status: true,
          submittedAt: true,
          offer: { select: { id: true, title: true, enterprise: { select: { name: true } } } },
        },
      },
      agreements: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          status: true,
          startDate: true,
          endDate: true,
          enterprise: { select: { name: true } },
          internship: { select: { id: true } },
        },
      },
      internships: {
        orderBy: { startDate: "desc" },
        select: {
          id: true,
          status: true,
          startDate: true,
          endDate: true,
          enterprise: { select: { name: true } },
          offer: { select: { title: true } },
          supervisor: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  if (!student) throw notFound();
  const { user, skills, ...rest } = student;
  return {
    university,
    ...rest,
    name: user.name,
    email: user.email,
    accountPending: !user.passwordHash && !user.emailVerified,
    skills: skills.map((s) => s.skill.name),
    standing: standingOf({
      internships: rest.internships,
      agreements: rest.agreements,
      applications: rest.applications.filter((a) =>
        ["SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "INTERVIEW", "ACCEPTED"].includes(a.status),
      ),
    }),
  };
}

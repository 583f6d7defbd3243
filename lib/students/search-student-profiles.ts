import { db } from "@/lib/core/db";
import { forbidden } from "@/lib/core/errors";
import { pageArgs, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import { applicationScope } from "@/lib/applications/policy";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { studentScope } from "./policy";
import { profileFilters } from "./profile-filters";
import { publicName } from "./public-name";
import { studentListSchema } from "./schemas";

const select = {
  id: true,
  headline: true,
  bio: true,
  city: true,
  fieldOfStudy: true,
  user: { select: { name: true } },
  university: { select: { id: true, name: true } },
  program: { select: { id: true, name: true, level: true } },
  skills: { select: { level: true, skill: { select: { name: true } } }, orderBy: { skill: { name: "asc" } } },
  preference: { select: { fields: true, places: true, availableFrom: true, availableTo: true } },
} as const;

/**
 * Talent search for the members of a verified enterprise: the profiles whose owner left
 * "visible to enterprises" on, filtered by skills, field, level, place and availability, recently
 * updated first. What is shown is what a student puts forward (first name and last initial,
 * headline, bio, city, studies, skills, wished fields and places, availability); never the e-mail,
 * phone, student number, stipend wish or CV. `applicationId` links to the student's latest
 * application to this enterprise, where their contact details are.
 */
export async function searchStudentProfiles(actor: Actor | null, input: unknown = {}) {
  const me = requireRole(actor, "ENTERPRISE");
  if (!me.enterprise?.verified) throw forbidden("browseNeedsVerifiedEnterprise");
  const filters = await validate(studentListSchema, input);
  const rows = await db.student.findMany({
    where: {
      AND: [
        studentScope(me),
        { visibleToEnterprises: true },
        { user: { disabledAt: null, deletedAt: null } },
        profileFilters(filters),
      ],
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    ...pageArgs(filters),
    select,
  });
  const applications = await db.application.findMany({
    where: { AND: [{ studentId: { in: rows.map((row) => row.id) } }, applicationScope(me)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, studentId: true },
  });
  const applied = new Map<string, string>();
  for (const application of applications)
    if (!applied.has(application.studentId)) applied.set(application.studentId, application.id);
  const items = rows.map((row) => ({
    id: row.id,
    name: publicName(row.user.name),
    headline: row.headline,
    bio: row.bio,
    city: row.city,
    fieldOfStudy: row.fieldOfStudy,
    university: row.university,
    program: row.program,
    skills: row.skills.map((s) => ({ name: s.skill.name, level: s.level })),
    wishedFields: row.preference?.fields ?? [],
    wishedPlaces: row.preference?.places ?? [],
    availableFrom: row.preference?.availableFrom ?? null,
    availableTo: row.preference?.availableTo ?? null,
    applicationId: applied.get(row.id) ?? null,
  }));
  return toPage(items, filters.limit);
}

export type TalentProfile = Awaited<ReturnType<typeof searchStudentProfiles>>["items"][number];

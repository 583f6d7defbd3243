import type { Prisma } from "@/lib/generated/prisma/client";
import { preferenceSelect, toPreferences } from "./preferences";
import { publicName } from "./public-name";

/** Everything a profile shows; `toStudentProfile` decides what each reader gets of it. */
export const studentProfileSelect = {
  id: true,
  headline: true,
  bio: true,
  city: true,
  phone: true,
  fieldOfStudy: true,
  studentNumber: true,
  visibleToEnterprises: true,
  updatedAt: true,
  user: { select: { name: true, email: true } },
  university: { select: { id: true, name: true } },
  program: { select: { id: true, name: true, level: true } },
  skills: { select: { level: true, skill: { select: { name: true } } }, orderBy: { skill: { name: "asc" } } },
  records: {
    select: { id: true, institution: true, degree: true, field: true, startDate: true, endDate: true, grade: true },
    orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  },
  preference: { select: preferenceSelect },
  cv: {
    select: {
      id: true,
      deletedAt: true,
      versions: {
        select: { fileName: true, size: true, sha256: true, createdAt: true },
        orderBy: { version: "desc" },
        take: 1,
      },
    },
  },
} satisfies Prisma.StudentSelect;

type Row = Prisma.StudentGetPayload<{ select: typeof studentProfileSelect }>;

/**
 * The profile as a reader sees it. `full` is for the student, their university and admins;
 * enterprises get the public part only: no contact details, number, preferences or CV, and the
 * first name with the last name's initial (the full name comes with an application).
 */
export function toStudentProfile(row: Row, full: boolean) {
  const publicPart = {
    id: row.id,
    name: full ? row.user.name : publicName(row.user.name),
    headline: row.headline,
    bio: row.bio,
    city: row.city,
    fieldOfStudy: row.fieldOfStudy,
    university: row.university,
    program: row.program,
    skills: row.skills.map((s) => ({ name: s.skill.name, level: s.level })),
    academicRecords: row.records,
  };
  if (!full) return publicPart;
  const cvVersion = row.cv && !row.cv.deletedAt ? row.cv.versions[0] : undefined;
  return {
    ...publicPart,
    email: row.user.email,
    phone: row.phone,
    studentNumber: row.studentNumber,
    visibleToEnterprises: row.visibleToEnterprises,
    preferences: row.preference && toPreferences(row.preference),
    cv:
      row.cv && cvVersion
        ? {
            documentId: row.cv.id,
            fileName: cvVersion.fileName,
            size: cvVersion.size,
            sha256: cvVersion.sha256,
            uploadedAt: cvVersion.createdAt,
          }
        : null,
    updatedAt: row.updatedAt,
  };
}

export type StudentProfile = ReturnType<typeof toStudentProfile>;
export type FullStudentProfile = Extract<StudentProfile, { email: string }>;

import type { Prisma } from "@/lib/generated/prisma/client";
import type { InternshipStanding } from "./schemas";

/**
 * Where a student stands, from the most advanced fact down: in an internship (one is ACTIVE), at
 * the agreement stage (one being drafted or signed, or an internship PLANNED), done (an internship
 * COMPLETED), applying (an application sent and not closed), or none of these. Written once as
 * Prisma conditions (for filtering) and once over loaded rows (for showing), from the same lists.
 */
const LIVE_APPLICATION = ["SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "INTERVIEW", "ACCEPTED"] as const;
const OPEN_AGREEMENT = ["DRAFT", "SIGNING"] as const;

const FACTS: Record<Exclude<InternshipStanding, "NONE">, Prisma.StudentWhereInput> = {
  IN_INTERNSHIP: { internships: { some: { status: "ACTIVE" } } },
  AGREEMENT: {
    OR: [
      { internships: { some: { status: "PLANNED" } } },
      { agreements: { some: { status: { in: [...OPEN_AGREEMENT] } } } },
      { agreements: { some: { status: "VALIDATED", internship: { is: null } } } },
    ],
  },
  COMPLETED: { internships: { some: { status: "COMPLETED" } } },
  APPLYING: { applications: { some: { status: { in: [...LIVE_APPLICATION] } } } },
};
const ORDER = ["IN_INTERNSHIP", "AGREEMENT", "COMPLETED", "APPLYING"] as const;

/** The students whose standing is exactly `standing`: its fact, and none of the ones above it. */
export function standingWhere(standing: InternshipStanding): Prisma.StudentWhereInput {
  const index = standing === "NONE" ? ORDER.length : ORDER.indexOf(standing);
  const above = ORDER.slice(0, index).map((name) => FACTS[name]);
  return { AND: [...(standing === "NONE" ? [] : [FACTS[standing]]), ...(above.length ? [{ NOT: above }] : [])] };
}

/** What standingOf needs of a student. */
export const standingSelect = {
  internships: { select: { status: true } },
  agreements: { select: { status: true, internship: { select: { id: true } } } },
  applications: { where: { status: { in: [...LIVE_APPLICATION] } }, select: { id: true }, take: 1 },
} satisfies Prisma.StudentSelect;

type StandingRows = {
  internships: { status: string }[];
  agreements: { status: string; internship: { id: string } | null }[];
  applications: { id: string }[];
};

export function standingOf(student: StandingRows): InternshipStanding {
  const internship = (status: string) => student.internships.some((row) => row.status === status);
  if (internship("ACTIVE")) return "IN_INTERNSHIP";
  const openAgreement = student.agreements.some(
    (row) =>
      (OPEN_AGREEMENT as readonly string[]).includes(row.status) || (row.status === "VALIDATED" && !row.internship),
  );
  if (internship("PLANNED") || openAgreement) return "AGREEMENT";
  if (internship("COMPLETED")) return "COMPLETED";
  if (student.applications.length > 0) return "APPLYING";
  return "NONE";
}

import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { applicationScope } from "./policy";
import type { OfferApplicationsQuery } from "./schemas";

const DAY = 86_400_000;
type Direction = "asc" | "desc";

/** The offer's sent applications the actor may read (never drafts), before any filter. */
export const sentToOffer = (me: Actor, offerId: string): Prisma.ApplicationWhereInput => ({
  AND: [{ offerId, status: { not: "DRAFT" } }, applicationScope(me)],
});

/** The list's filters (status, score range, school, sending days in UTC) on top of `sentToOffer`. */
export function applicantWhere(
  me: Actor,
  offerId: string,
  query: OfferApplicationsQuery,
): Prisma.ApplicationWhereInput {
  const filters: Prisma.ApplicationWhereInput[] = [sentToOffer(me, offerId)];
  if (query.status.length) filters.push({ status: { in: query.status } });
  if (query.minScore !== undefined) filters.push({ matchScore: { gte: query.minScore } });
  if (query.maxScore !== undefined) filters.push({ matchScore: { lte: query.maxScore } });
  if (query.school) {
    const contains = { contains: query.school, mode: "insensitive" as const };
    filters.push({
      OR: [{ student: { university: { name: contains } } }, { student: { program: { name: contains } } }],
    });
  }
  if (query.from) filters.push({ submittedAt: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) filters.push({ submittedAt: { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY) } });
  return { AND: filters };
}

/** The order of the list; the id last, so that keyset paging is stable. */
export function applicantOrder(query: OfferApplicationsQuery): Prisma.ApplicationOrderByWithRelationInput[] {
  const dir: Direction = query.order ?? (query.sort === "date" || query.sort === "score" ? "desc" : "asc");
  const sent = { submittedAt: { sort: dir, nulls: "last" } } as const;
  switch (query.sort) {
    case "score":
      return [{ matchScore: { sort: dir, nulls: "last" } }, sent, { id: dir }];
    case "name":
      return [{ student: { user: { name: dir } } }, { id: dir }];
    case "school":
      return [{ student: { university: { name: dir } } }, { student: { program: { name: dir } } }, { id: dir }];
    default:
      return [sent, { id: dir }];
  }
}

export const applicantSelect = {
  id: true,
  status: true,
  matchScore: true,
  submittedAt: true,
  decidedAt: true,
  updatedAt: true,
  cvDocumentId: true,
  student: {
    select: {
      id: true,
      user: { select: { name: true, email: true } },
      university: { select: { name: true } },
      program: { select: { name: true } },
    },
  },
} satisfies Prisma.ApplicationSelect;

type ApplicantRow = Prisma.ApplicationGetPayload<{ select: typeof applicantSelect }>;

/** What a row of the list shows (the e-mail only goes to the CSV export). */
export const toApplicant = ({ student, cvDocumentId, ...application }: ApplicantRow) => ({
  ...application,
  hasCv: cvDocumentId !== null,
  student: {
    id: student.id,
    name: student.user.name,
    university: student.university?.name ?? null,
    program: student.program?.name ?? null,
  },
});

import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { pageArgs, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import { enterpriseScope } from "@/lib/enterprises/policy";
import type { ApplicationStatus, Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { applicationScope } from "./policy";
import { offerApplicationsSchema } from "./schemas";

const ORDER: Record<"date" | "score", Prisma.ApplicationOrderByWithRelationInput[]> = {
  date: [{ submittedAt: "desc" }, { id: "desc" }],
  score: [{ matchScore: "desc" }, { submittedAt: "desc" }, { id: "desc" }],
};

/**
 * The applicants to one of the enterprise's offers (never drafts), newest or best match first,
 * filtered by status, with the count of each status for the filters. Any member reads them,
 * tutors included; another enterprise's offer reads as not found.
 */
export async function listOfferApplications(actor: Actor | null, offerId: string, input: unknown = {}) {
  const me = requireRole(actor, "ENTERPRISE", "SYSTEM_ADMIN");
  const query = await validate(offerApplicationsSchema, input);
  const offer = await db.offer.findFirst({
    where: { id: offerId, ...enterpriseScope(me) },
    select: { id: true, title: true, positions: true, status: true },
  });
  if (!offer) throw notFound("offerNotFound");
  const sent: Prisma.ApplicationWhereInput = { AND: [{ offerId, status: { not: "DRAFT" } }, applicationScope(me)] };
  const [rows, groups] = await Promise.all([
    db.application.findMany({
      where: { AND: [sent, query.status.length ? { status: { in: query.status } } : {}] },
      orderBy: ORDER[query.sort as "date" | "score"],
      ...pageArgs(query),
      select: {
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
            user: { select: { name: true } },
            university: { select: { name: true } },
            program: { select: { name: true } },
          },
        },
      },
    }),
    db.application.groupBy({ by: ["status"], where: sent, _count: { _all: true } }),
  ]);
  const page = toPage(rows, query.limit);
  return {
    offer,
    items: page.items.map(({ student, cvDocumentId, ...application }) => ({
      ...application,
      hasCv: cvDocumentId !== null,
      student: {
        id: student.id,
        name: student.user.name,
        university: student.university?.name ?? null,
        program: student.program?.name ?? null,
      },
    })),
    nextCursor: page.nextCursor,
    counts: Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<
      Record<ApplicationStatus, number>
    >,
  };
}

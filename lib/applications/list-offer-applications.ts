import { db } from "@/lib/core/db";
import { pageArgs, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { ApplicationStatus } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { applicantOrder, applicantSelect, applicantWhere, sentToOffer, toApplicant } from "./applicant-filters";
import { findApplicantsOffer } from "./applicants-offer";
import { scorecardAverages } from "./scorecard-averages";
import { offerApplicationsSchema } from "./schemas";

/**
 * The applicants to one of the enterprise's offers (never drafts), filtered by status, score,
 * school and sending date, sorted by date, score, name or school, with the count of each status
 * for the filters. Any member reads them, tutors included; another enterprise's offer reads as not found.
 */
export async function listOfferApplications(actor: Actor | null, offerId: string, input: unknown = {}) {
  const me = requireRole(actor, "ENTERPRISE", "SYSTEM_ADMIN");
  const query = await validate(offerApplicationsSchema, input);
  const offer = await findApplicantsOffer(me, offerId);
  const [rows, groups] = await Promise.all([
    db.application.findMany({
      where: applicantWhere(me, offerId, query),
      orderBy: applicantOrder(query),
      ...pageArgs(query),
      select: applicantSelect,
    }),
    db.application.groupBy({ by: ["status"], where: sentToOffer(me, offerId), _count: { _all: true } }),
  ]);
  const page = toPage(rows, query.limit);
  const averages = await scorecardAverages(
    me,
    page.items.map((row) => row.id),
  );
  return {
    offer,
    items: page.items.map((row) => ({ ...toApplicant(row), ...averages.get(row.id)! })),
    nextCursor: page.nextCursor,
    counts: Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<
      Record<ApplicationStatus, number>
    >,
  };
}

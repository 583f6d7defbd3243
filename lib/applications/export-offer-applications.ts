import { CSV_BOM, csvRow } from "@/lib/core/csv";
import { db } from "@/lib/core/db";
import { slugify } from "@/lib/core/slug";
import { translator } from "@/lib/core/translator";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { applicantOrder, applicantSelect, applicantWhere } from "./applicant-filters";
import { findApplicantsOffer } from "./applicants-offer";
import { offerApplicationsSchema } from "./schemas";

const BATCH = 500;
const COLUMNS = ["name", "email", "university", "program", "status", "score", "sentOn", "decidedOn"] as const;
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";

/**
 * The applicants to one of the enterprise's offers as CSV lines, with the list's filters and
 * order (paging aside), headers and statuses in the caller's language. The offer is checked
 * before the first line, so a refusal is an error rather than an empty file; rows are read in
 * batches as the lines are consumed.
 */
export async function exportOfferApplications(actor: Actor | null, offerId: string, input: unknown = {}) {
  const me = requireRole(actor, "ENTERPRISE", "SYSTEM_ADMIN");
  const query = await validate(offerApplicationsSchema, input);
  const offer = await findApplicantsOffer(me, offerId);
  const t = translator(me.locale, "applications");
  const where = applicantWhere(me, offerId, query);
  const orderBy = applicantOrder(query);

  async function* lines(): AsyncGenerator<string> {
    yield CSV_BOM + csvRow(COLUMNS.map((column) => t(`export.${column}`)));
    let cursor: string | undefined;
    for (;;) {
      const rows = await db.application.findMany({
        where,
        orderBy,
        take: BATCH,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: applicantSelect,
      });
      for (const row of rows) {
        yield csvRow([
          row.student.user.name,
          row.student.user.email,
          row.student.university?.name,
          row.student.program?.name,
          t(`status.${row.status}`),
          row.matchScore,
          day(row.submittedAt),
          day(row.decidedAt),
        ]);
      }
      if (rows.length < BATCH) return;
      cursor = rows[rows.length - 1]!.id;
    }
  }

  return { fileName: `${slugify(offer.title)}-${day(new Date())}.csv`, lines: lines() };
}

import type { EnterpriseDashboard } from "./get-enterprise-dashboard";
import type { UniversityDashboard } from "./get-university-dashboard";
import type { EnterpriseTable, UniversityTable } from "./schemas";
import { WAIT_BUCKETS } from "./schemas";
import { authoredLanguage } from "@/lib/core/i18n-config";

/** A cell: a value shown as is, or a message key of the `dashboards` namespace to translate. */
export type Cell = string | number | null | { t: string };
/** One table of a dashboard: column keys (`dashboards.columns.<key>`) and rows, the same on the page and in the CSV. */
export type Table = { columns: string[]; rows: Cell[][] };

const unknown = (label: string | null): Cell => label ?? { t: "unknown" };
const tally = (rows: { label: string | null; count: number }[], column: string): Table => ({
  columns: [column, "internships"],
  rows: rows.map((row) => [unknown(row.label), row.count]),
});

/**
 * The tables of a university dashboard. Evaluation criteria are labelled in `locale` (each form
 * carries its own labels).
 */
export function universityTable(dashboard: UniversityDashboard, table: UniversityTable, locale: string): Table {
  switch (table) {
    case "placement":
      return {
        columns: ["program", "year", "students", "placed", "rate"],
        rows: dashboard.placement.map((r) => [unknown(r.program), r.year, r.students, r.placed, r.rate]),
      };
    case "funnel": {
      const { applied, shortlisted, interviewed, accepted } = dashboard.funnel;
      return {
        columns: ["stage", "applications"],
        rows: [
          [{ t: "stages.applied" }, applied],
          [{ t: "stages.shortlisted" }, shortlisted],
          [{ t: "stages.interviewed" }, interviewed],
          [{ t: "stages.accepted" }, accepted],
        ],
      };
    }
    case "byEnterprise":
      return tally(dashboard.internshipsBy.enterprise, "enterprise");
    case "bySector":
      return tally(dashboard.internshipsBy.sector, "sector");
    case "byCity":
      return tally(dashboard.internshipsBy.city, "city");
    case "byProgram":
      return tally(dashboard.internshipsBy.program, "program");
    case "stipends":
      return {
        columns: ["currency", "stipend", "internships"],
        rows: dashboard.stipends.map((r) => [r.currency, { t: `stipendBuckets.${r.bucket}` }, r.count]),
      };
    case "agreementsWaiting":
      return {
        columns: ["status", "agreements", "medianDays", "oldestDays", ...WAIT_BUCKETS.map((b) => `waited.${b.key}`)],
        rows: dashboard.agreementsWaiting.map((r) => [
          { t: `agreementStatus.${r.status}` },
          r.count,
          r.medianDays,
          r.oldestDays,
          ...WAIT_BUCKETS.map((b) => r.waited[b.key] ?? 0),
        ]),
      };
    case "evaluations":
      return {
        columns: ["form", "criterion", "average", "answers"],
        rows: dashboard.evaluations.map((r) => [
          { t: `forms.${r.formKind}` },
          r.label[authoredLanguage(locale)],
          r.average,
          r.answers,
        ]),
      };
  }
}

/** The pipeline's statuses, in the order an application moves through them. */
export const PIPELINE = ["SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "INTERVIEW", "ACCEPTED", "REJECTED", "WITHDRAWN"];

/** The tables of an enterprise dashboard. */
export function enterpriseTable(dashboard: EnterpriseDashboard, table: EnterpriseTable): Table {
  switch (table) {
    case "offers":
      return {
        columns: [
          "offer",
          "applications",
          "shortlisted",
          "interviewed",
          "accepted",
          "rejected",
          "withdrawn",
          "acceptedRate",
          "medianHoursToFirstAnswer",
          "medianDaysToHire",
        ],
        rows: dashboard.offers.map((r) => [
          r.title,
          r.applications,
          r.shortlisted,
          r.interviewed,
          r.accepted,
          r.rejected,
          r.withdrawn,
          r.conversion.accepted,
          r.medianHoursToFirstAnswer,
          r.medianDaysToHire,
        ]),
      };
    case "pipeline":
      return {
        columns: ["status", "applications"],
        rows: PIPELINE.map((status) => [{ t: `applicationStatus.${status}` }, dashboard.pipeline[status] ?? 0]),
      };
    case "schools":
      return {
        columns: ["school", "applications", "students"],
        rows: dashboard.schools.map((r) => [unknown(r.label), r.applications, r.students]),
      };
  }
}

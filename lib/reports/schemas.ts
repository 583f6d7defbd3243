import * as yup from "yup";
import { tooLarge, tooLong, tooSmall } from "@/lib/core/limit-messages";
import { MAX_PROGRAM_YEARS } from "@/lib/universities/schemas";

// Shared by the dashboard pages, the API and its description: no database here.

const id = () => yup.string().trim().max(40, tooLong).optional();

/** A university dashboard's filters: the students' year of study, their department and program (ids). */
export const universityDashboardSchema = yup.object({
  year: yup
    .number()
    .typeError("integer")
    .integer("integer")
    .min(1, tooSmall)
    .max(MAX_PROGRAM_YEARS, tooLarge)
    .optional(),
  department: id(),
  program: id(),
});
export type UniversityDashboardFilters = yup.InferType<typeof universityDashboardSchema>;

/** An enterprise dashboard's filter: one of its offers. */
export const enterpriseDashboardSchema = yup.object({ offer: id() });
export type EnterpriseDashboardFilters = yup.InferType<typeof enterpriseDashboardSchema>;

/** The tables of each dashboard, each exported on its own (the first one when none is named). */
export const UNIVERSITY_TABLES = [
  "placement",
  "funnel",
  "byEnterprise",
  "bySector",
  "byCity",
  "byProgram",
  "stipends",
  "agreementsWaiting",
  "evaluations",
] as const;
export type UniversityTable = (typeof UNIVERSITY_TABLES)[number];
export const ENTERPRISE_TABLES = ["offers", "pipeline", "schools"] as const;
export type EnterpriseTable = (typeof ENTERPRISE_TABLES)[number];

export const universityExportSchema = universityDashboardSchema.shape({
  table: yup.string().oneOf(UNIVERSITY_TABLES, "choice").default("placement"),
});
export const enterpriseExportSchema = enterpriseDashboardSchema.shape({
  table: yup.string().oneOf(ENTERPRISE_TABLES, "choice").default("offers"),
});

/** Monthly stipend buckets, in major units of the agreement's currency: [from, to) — the last has no top. */
export const STIPEND_BUCKETS = [
  { key: "none", from: null, to: null },
  { key: "under600", from: 0, to: 600 },
  { key: "600to799", from: 600, to: 800 },
  { key: "800to999", from: 800, to: 1000 },
  { key: "1000to1499", from: 1000, to: 1500 },
  { key: "1500plus", from: 1500, to: null },
] as const;
export type StipendBucket = (typeof STIPEND_BUCKETS)[number]["key"];

/** How long agreements have waited, in days: [from, to). */
export const WAIT_BUCKETS = [
  { key: "under7", from: 0, to: 7 },
  { key: "7to13", from: 7, to: 14 },
  { key: "14to29", from: 14, to: 30 },
  { key: "30plus", from: 30, to: null },
] as const;

/** Exports with more rows than this are produced in the background, with progress, then offered for download. */
export const EXPORT_QUEUE_THRESHOLD = 5000;
/** How long a background export's file can be downloaded. */
export const EXPORT_TTL_DAYS = 7;
export const EXPORT_KINDS = ["audit"] as const;
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;

/** Asking for an export: which list, in which format, with the list's filters (checked by the list itself). */
export const requestExportSchema = yup.object({
  kind: yup.string().oneOf(EXPORT_KINDS, "choice").required("required"),
  format: yup.string().oneOf(EXPORT_FORMATS, "choice").default("csv"),
  // Kept as sent (texts): the list validates them, and again when the file is written.
  filters: yup
    .mixed<Record<string, unknown>>()
    .test("object", "wrongType", (v) => v === undefined || (typeof v === "object" && v !== null && !Array.isArray(v)))
    .default(() => ({})),
});

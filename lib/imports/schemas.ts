import * as yup from "yup";
import { tooLarge, tooLong, tooMany, tooSmall } from "@/lib/core/limit-messages";
import type { AtsProvider, ImportKind } from "@/lib/generated/prisma/enums";

export const IMPORT_KINDS = ["JSON_LD", "ATS_FEED", "RSS"] as const satisfies readonly ImportKind[];
export const ATS_PROVIDERS = [
  "GREENHOUSE",
  "LEVER",
  "WORKABLE",
  "RECRUITEE",
  "PERSONIO",
] as const satisfies readonly AtsProvider[];

const optionalText = (max: number) =>
  yup
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .nullable()
    .transform((v) => (v === "" ? null : v));
const words = (max: number) => yup.array(yup.string().trim().required("required").max(60, tooLong)).max(max, tooMany);

/** What a source keeps: internships by employment type or title words, a maximum duration, a default place. */
export const importFiltersSchema = yup
  .object({
    employmentTypes: words(10).default([]),
    titleWords: words(20).default([]),
    maxDurationWeeks: yup
      .number()
      .transform((value, original) => (original === "" ? null : value))
      .typeError("number")
      .integer("integer")
      .min(1, tooSmall)
      .max(104, tooLarge)
      .nullable()
      .optional(),
    defaultCity: optionalText(80),
    defaultCountry: yup
      .string()
      .trim()
      .uppercase()
      .nullable()
      .optional()
      .transform((v) => (v === "" ? null : v))
      .matches(/^[A-Z]{2}$/, { message: "country", excludeEmptyString: true }),
  })
  .default({});

/**
 * A source as an admin writes it (API and form). `enterpriseId` is for system admins (an enterprise's
 * own sources are always its own); `atsProvider` says which public job board an ATS_FEED source reads.
 */
export const importSourceSchema = yup.object({
  name: yup.string().trim().required("required").max(120, tooLong),
  kind: yup.string<ImportKind>().oneOf(IMPORT_KINDS, "choice").required("required"),
  atsProvider: yup
    .string<AtsProvider>()
    .nullable()
    .optional()
    .transform((v) => (v === "" ? null : v))
    .oneOf([...ATS_PROVIDERS, null], "choice")
    .when("kind", ([kind], schema) => (kind === "ATS_FEED" ? schema.required("required") : schema.strip())),
  url: yup
    .string()
    .trim()
    .required("required")
    .max(2000, tooLong)
    .test("url", "url", (value) => {
      try {
        const url = new URL(value ?? "");
        return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
      } catch {
        return false;
      }
    }),
  enterpriseId: optionalText(40),
  enabled: yup.boolean().typeError("choice").default(true),
  /** The schedule: minutes between two runs, from an hour to a week. */
  intervalMinutes: yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(60, tooSmall)
    .max(10080, tooLarge)
    .default(1440),
  requestsPerMinute: yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(1, tooSmall)
    .max(120, tooLarge)
    .default(30),
  filters: importFiltersSchema,
});
export type ImportSourceInput = yup.InferType<typeof importSourceSchema>;

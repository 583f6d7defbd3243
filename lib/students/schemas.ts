import * as yup from "yup";
import { calendarDate, isValidDate } from "@/lib/core/dates";
import { pageSchema } from "@/lib/core/pagination";
import { CURRENCIES, OFFER_FIELDS, REMOTE_MODES } from "@/lib/offers/offer-options";
import { skillList } from "@/lib/skills/schemas";
import { PROGRAM_LEVELS } from "@/lib/universities/schemas";
import { clearableText, tooLarge, tooLong, tooMany, tooSmall } from "@/lib/core/limit-messages";

const optionalDate = () =>
  calendarDate().min(new Date("1950-01-01T00:00:00.000Z"), "date").max(new Date("2100-12-31T00:00:00.000Z"), "date");

/** Distinct values of a list, ignoring case (the first spelling wins). */
const distinct = (list: string[] | undefined) =>
  list?.filter((item, i, all) => all.findIndex((other) => other?.toLowerCase() === item?.toLowerCase()) === i);

/** PUT /students/{id} and the profile form: only the fields sent change. */
export const studentProfileSchema = yup.object({
  headline: clearableText(140),
  bio: clearableText(2000),
  city: clearableText(80),
  phone: clearableText(30).matches(/^\+?[0-9][0-9 ().-]{5,29}$/, { message: "phone", excludeEmptyString: true }),
  fieldOfStudy: yup
    .string()
    .nullable()
    .oneOf([...OFFER_FIELDS, null], "choice")
    .optional()
    .transform((value) => (value === "" ? null : value)),
  programId: clearableText(40),
  visibleToEnterprises: yup.boolean().typeError("choice").optional(),
});
export type StudentProfileInput = yup.InferType<typeof studentProfileSchema>;

/** POST /students/{id}/skills: the whole list, replacing the previous one (an empty list clears it). */
export const studentSkillsSchema = yup.object({
  skills: skillList(40).default(undefined).required("required"),
});
export type StudentSkillsInput = yup.InferType<typeof studentSkillsSchema>;

export const academicRecordSchema = yup.object({
  institution: yup.string().trim().required("required").max(160, tooLong),
  degree: yup.string().trim().required("required").max(160, tooLong),
  field: clearableText(120),
  startDate: optionalDate(),
  endDate: optionalDate().when("startDate", ([start], schema) =>
    isValidDate(start) ? schema.min(start, "endBeforeStart") : schema,
  ),
  grade: clearableText(60),
});
export type AcademicRecordInput = yup.InferType<typeof academicRecordSchema>;

/** A job or internship of the student's background (added by hand or accepted from a CV). */
export const workExperienceSchema = yup.object({
  employer: yup.string().trim().required("required").max(160, tooLong),
  role: yup.string().trim().required("required").max(160, tooLong),
  startDate: optionalDate(),
  endDate: optionalDate().when("startDate", ([start], schema) =>
    isValidDate(start) ? schema.min(start, "endBeforeStart") : schema,
  ),
  description: clearableText(2000),
});
export type WorkExperienceInput = yup.InferType<typeof workExperienceSchema>;

export const LANGUAGE_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"] as const;

/** A language the student speaks: an ISO 639-1 code and a CEFR level (or a mother tongue). */
export const studentLanguageSchema = yup.object({
  language: yup
    .string()
    .trim()
    .lowercase()
    .required("required")
    .matches(/^[a-z]{2,3}$/, "choice"),
  level: yup
    .string()
    .nullable()
    .oneOf([...LANGUAGE_LEVELS, null], "choice")
    .default(null),
});
export type StudentLanguageInput = yup.InferType<typeof studentLanguageSchema>;

/** PUT /students/{id}/preferences: the whole set; lists left out are empty. */
export const preferencesSchema = yup.object({
  fields: yup
    .array(yup.string().oneOf(OFFER_FIELDS, "choice").required("required"))
    .max(OFFER_FIELDS.length, tooMany)
    .default([])
    .transform(distinct),
  places: yup
    .array(yup.string().trim().required("required").max(80, tooLong))
    .max(10, tooMany)
    .default([])
    .transform(distinct),
  remoteModes: yup
    .array(yup.string().oneOf(REMOTE_MODES, "choice").required("required"))
    .default([])
    .transform(distinct),
  availableFrom: optionalDate(),
  availableTo: optionalDate().when("availableFrom", ([from], schema) =>
    isValidDate(from) ? schema.min(from, "endBeforeStart") : schema,
  ),
  minStipend: yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(0, tooSmall)
    .max(100_000, tooLarge)
    .nullable()
    .optional()
    .transform((value, original) => (original === "" || original === null ? null : value)),
  currency: yup.string().oneOf(CURRENCIES, "choice").default("EUR"),
});
export type PreferencesInput = yup.InferType<typeof preferencesSchema>;

/** Skills as a list or a comma-separated string (`?skills=React,SQL`), distinct, blanks dropped. */
const skillFilter = yup
  .array(yup.string().trim().required("required").max(60, tooLong))
  .max(10, tooMany)
  .default([])
  .transform((_value, original: unknown) =>
    distinct(
      (original == null ? [] : Array.isArray(original) ? original : String(original).split(","))
        .map((v: unknown) => String(v).trim())
        .filter((v: string) => v !== ""),
    ),
  );
const emptyToUndefined = (value: unknown, original: unknown) => (original === "" ? undefined : value);

/**
 * GET /students: `q` searches names and headlines; the filters narrow by skills (all of them),
 * field of study or wished field, program level, city or wished place, and availability (a
 * wished period overlapping `availableFrom`–`availableTo`).
 */
export const studentListSchema = pageSchema.shape({
  q: yup.string().trim().max(100, tooLong).optional(),
  skills: skillFilter,
  field: yup.string().oneOf(OFFER_FIELDS, "choice").optional().transform(emptyToUndefined),
  level: yup.string().oneOf(PROGRAM_LEVELS, "choice").optional().transform(emptyToUndefined),
  city: yup.string().trim().max(80, tooLong).optional(),
  availableFrom: optionalDate(),
  availableTo: optionalDate().when("availableFrom", ([from], schema) =>
    isValidDate(from) ? schema.min(from, "endBeforeStart") : schema,
  ),
});
export type StudentListInput = yup.InferType<typeof studentListSchema>;

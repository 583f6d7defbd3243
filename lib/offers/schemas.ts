import * as yup from "yup";
import { calendarDate, isValidDate } from "@/lib/core/dates";
import { skillList } from "@/lib/skills/schemas";
import { CURRENCIES, EDUCATION_LEVELS, LANGUAGES, OFFER_FIELDS, REMOTE_MODES, STIPEND_PERIODS } from "./offer-options";
import { tooLarge, tooLong, tooMany, tooShort, tooSmall } from "@/lib/core/limit-messages";
import type { ScreeningQuestionKind } from "@/lib/generated/prisma/enums";

const text = (min: number, max: number) =>
  yup.string().trim().required("required").min(min, tooShort).max(max, tooLong);
const optionalText = (max: number) =>
  yup
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v === "" ? undefined : v));
const optionalInt = (min: number, max: number) =>
  yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(min, tooSmall)
    .max(max, tooLarge)
    .optional()
    .nullable()
    .transform((value, original) => (original === "" || original === null ? null : value));

export const SCREENING_KINDS = ["TEXT", "YES_NO", "CHOICE"] as const satisfies readonly ScreeningQuestionKind[];
export const QUESTIONS_MAX = 5;
export const QUESTION_LABEL_MAX = 300;
export const OPTION_MAX = 100;
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 10;
/** The longest answer to a TEXT question (the applications slice checks answers against it). */
export const ANSWER_MAX = 1000;

const tooFew = ({ min }: { min: number }) => ({ key: "tooFew", values: { min } });

/**
 * A screening question: free text, yes/no, or one of 2–10 options. `id` names a question the offer
 * already has (kept, so drafts keep their answers); a question without one is new.
 */
export const screeningQuestionSchema = yup.object({
  id: yup
    .string()
    .trim()
    .max(40, tooLong)
    .optional()
    .transform((v) => (v === "" ? undefined : v)),
  kind: yup.string<ScreeningQuestionKind>().oneOf(SCREENING_KINDS, "choice").required("required"),
  label: text(3, QUESTION_LABEL_MAX),
  required: yup.boolean().typeError("choice").default(false),
  options: yup
    .array(yup.string().trim().max(OPTION_MAX, tooLong).defined())
    .default([])
    .when("kind", ([kind], schema) =>
      kind === "CHOICE"
        ? schema
            .of(yup.string().trim().required("required").max(OPTION_MAX, tooLong))
            .min(OPTIONS_MIN, tooFew)
            .max(OPTIONS_MAX, tooMany)
            .test("distinct", "duplicateOption", (options) => {
              const keys = (options ?? []).map((o) => (o ?? "").toLowerCase());
              return new Set(keys).size === keys.length;
            })
        : // Only a choice has options: whatever else was sent is dropped.
          schema.transform(() => []),
    ),
});
export type ScreeningQuestionInput = yup.InferType<typeof screeningQuestionSchema>;

/** An offer as the enterprise writes it: the same rules in the form and on the server. */
export const offerSchema = yup.object({
  title: text(5, 140),
  description: text(30, 8000),
  missions: optionalText(4000),
  skills: skillList(20).min(1, "skillsRequired"),
  field: yup.string().oneOf(OFFER_FIELDS, "required").required("required"),
  city: text(1, 80),
  country: yup
    .string()
    .trim()
    .uppercase()
    .required("required")
    .matches(/^[A-Z]{2}$/, "country"),
  remoteMode: yup.string().oneOf(REMOTE_MODES, "required").required("required"),
  durationWeeks: yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(1, tooSmall)
    .max(104, tooLarge)
    .required("required"),
  startFrom: calendarDate(),
  startTo: calendarDate().when("startFrom", ([from], s) => (isValidDate(from) ? s.min(from, "startToBeforeFrom") : s)),
  stipendAmount: optionalInt(0, 100_000),
  stipendCurrency: yup.string().oneOf(CURRENCIES, "required").default("EUR"),
  stipendPeriod: yup.string().oneOf(STIPEND_PERIODS, "required").default("MONTH"),
  positions: yup.number().typeError("number").integer("integer").min(1, tooSmall).max(100, tooLarge).default(1),
  // The last millisecond of the day (UTC): an offer stays open through its deadline day.
  deadline: calendarDate({ endOfDay: true }),
  languages: yup.array(yup.string().oneOf(LANGUAGES, "required").required()).default([]),
  educationLevel: yup
    .string()
    .oneOf(EDUCATION_LEVELS, "required")
    .optional()
    .transform((v) => (v === "" ? undefined : v)),
  benefits: optionalText(2000),
  /** Left out (API), the offer's questions stay as they are; an empty list removes them all. */
  questions: yup.array(screeningQuestionSchema).max(QUESTIONS_MAX, tooMany).optional(),
});
export type OfferInput = yup.InferType<typeof offerSchema>;

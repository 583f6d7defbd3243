import * as yup from "yup";
import { calendarDate, isValidDate } from "@/lib/core/dates";
import { skillList } from "@/lib/skills/schemas";
import { CURRENCIES, EDUCATION_LEVELS, LANGUAGES, OFFER_FIELDS, REMOTE_MODES, STIPEND_PERIODS } from "./offer-options";
import { tooLarge, tooLong, tooShort, tooSmall } from "@/lib/core/limit-messages";

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
});
export type OfferInput = yup.InferType<typeof offerSchema>;

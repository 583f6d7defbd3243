import * as yup from "yup";
import { calendarDate } from "@/lib/core/dates";
import { clearableText, tooLarge, tooLong, tooMany, tooSmall } from "@/lib/core/limit-messages";
import type { AgreementParty, AgreementStatus } from "@/lib/generated/prisma/enums";

/** Every party a circuit may name, in the order a new step is offered in the editor. */
export const PARTIES = [
  "STUDENT",
  "ENTERPRISE_SIGNATORY",
  "TUTOR",
  "ACADEMIC_SUPERVISOR",
  "UNIVERSITY_VALIDATOR",
  "LEGAL_REPRESENTATIVE",
] as const satisfies readonly AgreementParty[];

export const AGREEMENT_STATUSES = [
  "DRAFT",
  "SIGNING",
  "VALIDATED",
  "CANCELLED",
] as const satisfies readonly AgreementStatus[];

export const DEADLINE_DAYS_MAX = 90;
export const TASKS_MAX = 4000;
export const REASON_MAX = 1000;
export const REMINDER_DAYS_MAX = 30;
export const INSURANCE_MAX = 300;

/** The circuit used while a university has configured none: the three-party agreement, then validation. */
export const DEFAULT_CIRCUIT: { party: AgreementParty; deadlineDays: number }[] = [
  { party: "STUDENT", deadlineDays: 7 },
  { party: "ENTERPRISE_SIGNATORY", deadlineDays: 7 },
  { party: "TUTOR", deadlineDays: 7 },
  { party: "ACADEMIC_SUPERVISOR", deadlineDays: 7 },
  { party: "UNIVERSITY_VALIDATOR", deadlineDays: 7 },
];

/** PUT /universities/{id}/agreement-circuit: the parties in signing order, each at most once. */
export const circuitSchema = yup.object({
  departmentId: clearableText(40),
  steps: yup
    .array(
      yup.object({
        party: yup.mixed<AgreementParty>().oneOf(PARTIES, "choice").required("required"),
        deadlineDays: yup
          .number()
          .typeError("number")
          .integer("integer")
          .min(1, tooSmall)
          .max(DEADLINE_DAYS_MAX, tooLarge)
          .required("required"),
      }),
    )
    .min(1, tooSmall)
    .max(PARTIES.length, tooMany)
    .test("unique", "partyTwice", (steps) => new Set((steps ?? []).map((s) => s.party)).size === (steps ?? []).length)
    .required("required"),
  /** Days the awaited party is left, after being asked or reminded, before the next reminder. */
  reminderAfterDays: yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(1, tooSmall)
    .max(REMINDER_DAYS_MAX, tooLarge)
    .optional(),
});
export type CircuitInput = yup.InferType<typeof circuitSchema>;

/** POST /universities/{id}/conventions. */
export const draftAgreementSchema = yup.object({
  applicationId: yup.string().trim().required("required").max(40, tooLong),
});

/** PUT /agreements/{id}: only the fields sent change; "" or null clears an optional one. */
export const agreementContentSchema = yup.object({
  startDate: calendarDate(),
  endDate: calendarDate().test("afterStart", "endBeforeStart", function (end) {
    const start = this.parent.startDate as Date | null | undefined;
    return !start || !end || end >= start;
  }),
  weeklyHours: yup.number().typeError("number").integer("integer").min(1, tooSmall).max(48, tooLarge).optional(),
  /** Per month, in major units of the agreement's currency. */
  stipendAmount: yup
    .number()
    .typeError("number")
    .min(0, tooSmall)
    .max(100_000, tooLarge)
    .nullable()
    .optional()
    .transform((value, original) => (original === "" ? null : value)),
  place: clearableText(300),
  tasks: clearableText(TASKS_MAX),
  tutorName: clearableText(200),
  tutorEmail: clearableText(320).email("email"),
  legalRepName: clearableText(200),
  legalRepEmail: clearableText(320).email("email"),
  /** A supervisor (UniversityStaff id) of the agreement's university. */
  supervisorId: clearableText(40),
  /** The intern's civil-liability insurance: the insurer and the policy number, as the agreement states them. */
  insurance: clearableText(INSURANCE_MAX).test(
    "insurance",
    "insuranceInsurerAndPolicy",
    (value) => !value || (/\p{L}{2}/u.test(value) && /\d/.test(value)),
  ),
});
export type AgreementContentInput = yup.InferType<typeof agreementContentSchema>;

/** POST /agreements/{id}/sign: a password for account holders, the e-mailed code for others. */
export const signSchema = yup.object({
  password: yup.string().max(200, tooLong).optional(),
  code: yup.string().trim().max(100, tooLong).optional(),
  typedName: yup.string().trim().required("required").max(200, tooLong),
  consent: yup.boolean().typeError("choice").oneOf([true], "consentRequired").required("consentRequired"),
  /** The SHA-256 of the document the signer read (the page shows it): signing refuses another version. */
  documentSha256: yup
    .string()
    .trim()
    .lowercase()
    .matches(/^[0-9a-f]{64}$/, { message: "sha256", excludeEmptyString: true })
    .optional(),
});
export type SignInput = yup.InferType<typeof signSchema>;

export const refuseSchema = yup.object({
  /** Outside signers refuse with the code of their e-mail, as they sign. */
  code: yup.string().trim().max(100, tooLong).optional(),
  reason: yup.string().trim().required("reasonRequired").max(REASON_MAX, tooLong),
});

/** GET /universities/{id}/conventions: by state, or those waiting for one party. */
export const agreementListSchema = yup.object({
  status: yup.mixed<AgreementStatus>().oneOf(AGREEMENT_STATUSES, "choice").optional(),
  waitingFor: yup.mixed<AgreementParty>().oneOf(PARTIES, "choice").optional(),
});

/** The languages an agreement template is written in. */
export const AGREEMENT_LANGUAGES = ["fr", "en"] as const;
export type AgreementLanguage = (typeof AGREEMENT_LANGUAGES)[number];
export const ARTICLES_MAX = 30;
export const ARTICLE_BODY_MAX = 4000;

const articleSchema = yup.object({
  title: yup.string().trim().required("required").max(200, tooLong),
  body: yup.string().trim().required("required").max(ARTICLE_BODY_MAX, tooLong),
});
export type TemplateArticle = { title: string; body: string };

/** The template articles of a university's (or a department's) agreements, in French and English. */
export const templateSchema = yup.object({
  departmentId: clearableText(40),
  fr: yup.array(articleSchema).min(1, tooSmall).max(ARTICLES_MAX, tooMany).required("required"),
  en: yup.array(articleSchema).min(1, tooSmall).max(ARTICLES_MAX, tooMany).required("required"),
});
export type TemplateInput = yup.InferType<typeof templateSchema>;

/** Removing a department's own circuit and articles: it then follows the university's. */
export const departmentCircuitSchema = yup.object({
  departmentId: yup.string().trim().required("required").max(40, tooLong),
});

export const BULK_REMINDERS_MAX = 200;

/** POST /universities/{id}/conventions/reminders: the agreements of the board selected. */
export const remindAgreementsSchema = yup.object({
  ids: yup
    .array(yup.string().trim().required("required").max(40, tooLong))
    .min(1, tooSmall)
    .max(BULK_REMINDERS_MAX, tooMany)
    .required("required"),
});

/** What an amendment may change on a validated agreement. */
export const AMENDABLE_FIELDS = [
  "startDate",
  "endDate",
  "place",
  "tutorName",
  "tutorEmail",
  "supervisorId",
  "stipendAmount",
] as const;
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];

/**
 * POST /agreements/{id}/amendments: the fields sent change ("" or null clears an optional one),
 * or `earlyEndOn` ends the internship early on that day, with a `reason` (required then).
 */
export const amendmentSchema = yup.object({
  startDate: calendarDate(),
  endDate: calendarDate(),
  place: clearableText(300),
  tutorName: clearableText(200),
  tutorEmail: clearableText(320).email("email"),
  supervisorId: clearableText(40),
  stipendAmount: yup
    .number()
    .typeError("number")
    .min(0, tooSmall)
    .max(100_000, tooLarge)
    .nullable()
    .optional()
    .transform((value, original) => (original === "" ? null : value)),
  earlyEndOn: calendarDate(),
  reason: yup
    .string()
    .trim()
    .max(REASON_MAX, tooLong)
    .optional()
    .when("earlyEndOn", {
      is: (day: unknown) => day instanceof Date,
      then: (s) => s.required("earlyEndReasonRequired"),
    }),
});
export type AmendmentInput = yup.InferType<typeof amendmentSchema>;

/** POST /agreements/{id}/amendments/{amendmentId}/sign and /refuse reuse the agreement's. */
export const amendmentSignSchema = signSchema;

/** A paper signature's scan is uploaded for the party whose turn it is, named so a stale page records nothing. */
export const paperSignatureSchema = yup.object({
  party: yup.mixed<AgreementParty>().oneOf(PARTIES, "choice").required("required"),
});

/** GET /agreements/{id}/pdf: an outside signer's e-mailed code, instead of a session. */
export const pdfQuerySchema = yup.object({
  code: yup.string().trim().max(100, tooLong).optional(),
  /** A signature's `documentSha256`: the document it signed, as stored when the agreement was submitted. */
  signed: yup
    .string()
    .trim()
    .lowercase()
    .matches(/^[0-9a-f]{64}$/, { message: "sha256", excludeEmptyString: true })
    .optional(),
});

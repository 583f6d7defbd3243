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
});
export type AgreementContentInput = yup.InferType<typeof agreementContentSchema>;

/** POST /agreements/{id}/sign: a password for account holders, the e-mailed code for others. */
export const signSchema = yup.object({
  password: yup.string().max(200, tooLong).optional(),
  code: yup.string().trim().max(100, tooLong).optional(),
  typedName: yup.string().trim().required("required").max(200, tooLong),
  consent: yup.boolean().typeError("choice").oneOf([true], "consentRequired").required("consentRequired"),
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

import * as yup from "yup";
import { calendarDate } from "@/lib/core/dates";
import { clearableText, tooLarge, tooLong, tooSmall } from "@/lib/core/limit-messages";
import { pageSchema } from "@/lib/core/pagination";
import type { AbsenceReason, AttendanceStatus, InternshipStatus, IssueCategory } from "@/lib/generated/prisma/enums";

// Shared by the forms and the domain functions: no Prisma client, nothing server-only here.

export const SUMMARY_MAX = 2000;
export const LEARNINGS_MAX = 2000;
export const COMMENT_MAX = 2000;
export const NOTE_MAX = 500;
export const ISSUE_TITLE_MAX = 160;
export const ISSUE_DESCRIPTION_MAX = 4000;
export const RESOLUTION_MAX = 2000;
export const TERMINATION_REASON_MAX = 2000;

export const INTERNSHIP_STATUSES = [
  "PLANNED",
  "ACTIVE",
  "COMPLETED",
  "TERMINATED",
] as const satisfies readonly InternshipStatus[];
/** What a party records for a day; EXCUSED is kept for older rows, ABSENT with a reason replaces it. */
export const ATTENDANCE_STATUSES = ["PRESENT", "REMOTE", "ABSENT"] as const satisfies readonly AttendanceStatus[];
export const ABSENCE_REASONS = ["SICK", "LEAVE", "SCHOOL", "OTHER"] as const satisfies readonly AbsenceReason[];
export const ISSUE_CATEGORIES = [
  "CONFLICT",
  "SAFETY",
  "WORKLOAD",
  "MISSING_TUTOR",
  "OTHER",
] as const satisfies readonly IssueCategory[];

const requiredDay = () => calendarDate().required("required");
const requiredText = (max: number) => yup.string().typeError("wrongType").trim().required("required").max(max, tooLong);

/** GET /internships: the caller's internships, optionally of one status. */
export const listInternshipsSchema = pageSchema.shape({
  status: yup
    .string<InternshipStatus>()
    .oneOf([...INTERNSHIP_STATUSES], "choice")
    .optional(),
});

/** POST /internships/{id}/activities: the student's logbook entry for one week (its Monday). */
export const activitySchema = yup.object({
  weekStart: requiredDay(),
  summary: requiredText(SUMMARY_MAX),
  learnings: clearableText(LEARNINGS_MAX),
  hours: yup
    .number()
    .typeError("integer")
    .integer("integer")
    .min(0, tooSmall)
    .max(80, tooLarge)
    .nullable()
    .optional()
    .transform((value, original) => (original === "" ? null : value)),
});
export type ActivityInput = yup.InferType<typeof activitySchema>;

/** POST /internships/{id}/activities/{weekId}/comments: the tutor's or supervisor's comment. */
export const commentSchema = yup.object({ body: requiredText(COMMENT_MAX) });

/** POST /internships/{id}/attendance: one day, entered by the student or the tutor. */
export const attendanceSchema = yup.object({
  date: requiredDay(),
  status: yup
    .string<AttendanceStatus>()
    .oneOf([...ATTENDANCE_STATUSES], "choice")
    .required("required"),
  /** Hours worked that day (present or remote); left out, a day of the agreement's weekly hours ÷ 5. */
  hours: yup
    .number()
    .typeError("number")
    .min(0, tooSmall)
    .max(24, tooLarge)
    .nullable()
    .optional()
    .transform((value, original) => (original === "" ? null : value)),
  /** Why the day was missed: required with ABSENT. */
  absenceReason: yup
    .string<AbsenceReason>()
    .oneOf([...ABSENCE_REASONS], "choice")
    .nullable()
    .optional()
    .transform((value) => (value === "" ? null : value))
    .when("status", ([status], schema) => (status === "ABSENT" ? schema.required("required") : schema)),
  note: clearableText(NOTE_MAX),
});
export type AttendanceInput = yup.InferType<typeof attendanceSchema>;

/** POST /internships/{id}/issues: raised by any party of the internship. */
export const issueSchema = yup.object({
  category: yup
    .string<IssueCategory>()
    .oneOf([...ISSUE_CATEGORIES], "choice")
    .required("required"),
  severity: yup.number().typeError("integer").integer("integer").min(1, tooSmall).max(3, tooLarge).required("required"),
  title: requiredText(ISSUE_TITLE_MAX),
  description: requiredText(ISSUE_DESCRIPTION_MAX),
});
export type IssueInput = yup.InferType<typeof issueSchema>;

/** Resolving an issue: what was done about it. */
export const resolveIssueSchema = yup.object({ resolution: requiredText(RESOLUTION_MAX) });

/** PATCH /internships/{id}/status: complete it, or end it early with a reason. */
export const statusSchema = yup.object({
  status: yup.string<"COMPLETED" | "TERMINATED">().oneOf(["COMPLETED", "TERMINATED"], "choice").required("required"),
  reason: yup
    .string()
    .typeError("wrongType")
    .trim()
    .max(TERMINATION_REASON_MAX, tooLong)
    .when("status", ([status], schema) => (status === "TERMINATED" ? schema.required("required") : schema.optional())),
});
export type StatusInput = yup.InferType<typeof statusSchema>;

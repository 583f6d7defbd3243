import * as yup from "yup";
import { calendarDate } from "@/lib/core/dates";
import { clearableText, tooLarge, tooLong, tooMany, tooSmall } from "@/lib/core/limit-messages";
import { pageSchema } from "@/lib/core/pagination";
import { slotFields } from "@/lib/core/time-slots";
import type {
  AbsenceReason,
  AttendanceStatus,
  InternshipStatus,
  IssueCategory,
  VisitKind,
  VisitMode,
} from "@/lib/generated/prisma/enums";

// Shared by the forms and the domain functions: no Prisma client, nothing server-only here.

export const SUMMARY_MAX = 2000;
export const LEARNINGS_MAX = 2000;
export const COMMENT_MAX = 2000;
export const NOTE_MAX = 500;
export const ISSUE_TITLE_MAX = 160;
export const ISSUE_DESCRIPTION_MAX = 4000;
export const RESOLUTION_MAX = 2000;
export const TERMINATION_REASON_MAX = 2000;
/** Files a logbook week may carry (LOGBOOK_ATTACHMENT, 5 MB each). */
export const LOGBOOK_ATTACHMENTS_MAX = 3;

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

export const VISIT_KINDS = ["VISIT", "CALL", "VIDEO"] as const satisfies readonly VisitKind[];
export const VISIT_MODES = ["ON_SITE", "REMOTE"] as const satisfies readonly VisitMode[];
export const VISIT_SLOTS_MAX = 10;
export const VISIT_NOTES_MAX = 4000;
export const VISIT_FOLLOW_UP_MAX = 2000;

/**
 * POST /internships/{id}/visits: the supervisor offers dates for a visit or a call, through the
 * slot engine of interviews (the same fields, UTC instants shown in `timeZone`); the tutor or the
 * student picks one.
 */
export const proposeVisitSchema = yup.object({
  kind: yup
    .string<VisitKind>()
    .oneOf([...VISIT_KINDS], "choice")
    .default("VISIT"),
  slots: yup
    .array(yup.date().typeError("date").required("required"))
    .typeError("wrongType")
    .min(1, "required")
    .max(VISIT_SLOTS_MAX, tooMany)
    .required("required"),
  durationMinutes: slotFields.durationMinutes,
  location: slotFields.location,
  meetingUrl: slotFields.meetingUrl,
  minNoticeMinutes: slotFields.minNoticeMinutes,
  timeZone: slotFields.timeZone,
});
export type ProposeVisitInput = yup.InferType<typeof proposeVisitSchema>;

/** POST /internships/{id}/visits/{visitId}/pick: the slot the tutor or the student chose. */
export const pickVisitSlotSchema = yup.object({
  slotId: yup.string().typeError("wrongType").trim().required("required").max(40, tooLong),
});

/** POST /internships/{id}/visits/{visitId}/move: the scheduled visit's new start, and its duration (kept when left out). */
export const moveVisitSchema = yup.object({
  startsAt: yup.date().typeError("date").required("required"),
  durationMinutes: slotFields.durationMinutes.optional().default(undefined),
});
export type MoveVisitInput = yup.InferType<typeof moveVisitSchema>;

/** POST /internships/{id}/visits/{visitId}/report: when and how it was held, what was seen, what follows. */
export const visitReportSchema = yup.object({
  heldOn: requiredDay(),
  mode: yup
    .string<VisitMode>()
    .oneOf([...VISIT_MODES], "choice")
    .required("required"),
  notes: requiredText(VISIT_NOTES_MAX),
  followUp: clearableText(VISIT_FOLLOW_UP_MAX),
});
export type VisitReportInput = yup.InferType<typeof visitReportSchema>;

export const ASSIGN_MAX = 100;

/** POST /internships/supervisor-assignments: a university admin gives internships to one of its supervisors. */
export const assignSupervisorSchema = yup.object({
  internshipIds: yup
    .array(yup.string().typeError("wrongType").trim().required("required").max(40, tooLong))
    .typeError("wrongType")
    .min(1, "required")
    .max(ASSIGN_MAX, tooMany)
    .required("required"),
  supervisorId: yup.string().typeError("wrongType").trim().required("required").max(40, tooLong),
});
export type AssignSupervisorInput = yup.InferType<typeof assignSupervisorSchema>;

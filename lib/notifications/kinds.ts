import type { Role } from "@/lib/generated/prisma/enums";

export type Channel = "inApp" | "email";

/**
 * The kinds of notification a user can tune (NotificationPreference.type), who receives each, and
 * on which channels. A missing preference means every channel is on.
 */
export const NOTIFICATION_KINDS = {
  /** A student's application moved: reviewed, shortlisted, interview, accepted, declined. */
  applicationStatus: { roles: ["STUDENT"], channels: ["inApp", "email"] },
  /** An enterprise's admins and recruiters: an application arrived or was withdrawn (the e-mail goes to its application address). */
  applicantActivity: { roles: ["ENTERPRISE"], channels: ["inApp"] },
  /** Both sides of an interview: booked, moved, cancelled, and the reminder the day before (with the .ics link). */
  interviews: { roles: ["STUDENT", "ENTERPRISE"], channels: ["inApp", "email"] },
  /** Every party of an internship agreement: your turn to sign, a refusal, the agreement validated. */
  agreements: {
    roles: ["STUDENT", "ENTERPRISE", "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR"],
    channels: ["inApp", "email"],
  },
  /** An enterprise's admins and recruiters: applications left unanswered for more than 10 days (once each). */
  unansweredApplications: { roles: ["ENTERPRISE"], channels: ["inApp", "email"] },
  /** The supervisor and the university's admins: an issue raised on an internship they follow. */
  internshipIssues: { roles: ["UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR"], channels: ["inApp", "email"] },
  /** The student and the supervisor of an internship: an evaluation of it was submitted. */
  internshipEvaluations: { roles: ["STUDENT", "UNIVERSITY_SUPERVISOR"], channels: ["inApp", "email"] },
} as const satisfies Record<string, { roles: readonly Role[]; channels: readonly Channel[] }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const kindsFor = (role: Role): NotificationKind[] =>
  (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter((kind) =>
    (NOTIFICATION_KINDS[kind].roles as readonly Role[]).includes(role),
  );

export const hasChannel = (kind: NotificationKind, channel: Channel) =>
  (NOTIFICATION_KINDS[kind].channels as readonly Channel[]).includes(channel);

import type { Role } from "@/lib/generated/prisma/enums";

export type Channel = "inApp" | "email" | "push";

/**
 * The kinds of notification a user can tune (NotificationPreference.type), who receives each, and
 * on which channels. A missing preference means the role's default (`defaultOn`).
 */
export const NOTIFICATION_KINDS = {
  /** A student's application moved: reviewed, shortlisted, interview, accepted, declined. */
  applicationStatus: { roles: ["STUDENT"], channels: ["inApp", "email", "push"] },
  /** An enterprise's admins and recruiters: an application arrived or was withdrawn (the e-mail goes to its application address). */
  applicantActivity: { roles: ["ENTERPRISE"], channels: ["inApp", "push"] },
  /** Both sides of an interview: booked, moved, cancelled, and the reminder the day before (with the .ics link). */
  interviews: { roles: ["STUDENT", "ENTERPRISE"], channels: ["inApp", "email", "push"] },
  /** Every party of an internship agreement: your turn to sign, a refusal, the agreement validated. */
  agreements: {
    roles: ["STUDENT", "ENTERPRISE", "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR"],
    channels: ["inApp", "email", "push"],
  },
  /** An enterprise's admins and recruiters: applications left unanswered for more than 10 days (once each). */
  unansweredApplications: { roles: ["ENTERPRISE"], channels: ["inApp", "email", "push"] },
  /** The supervisor and the university's admins: an issue raised on an internship they follow. */
  internshipIssues: { roles: ["UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR"], channels: ["inApp", "email", "push"] },
  /** The student and the supervisor of an internship: an evaluation of it was submitted. */
  internshipEvaluations: { roles: ["STUDENT", "UNIVERSITY_SUPERVISOR"], channels: ["inApp", "email", "push"] },
  /** The student, the tutor and the supervisor: a comment on a logbook week (not their own). */
  internshipLogbook: {
    roles: ["STUDENT", "ENTERPRISE", "UNIVERSITY_SUPERVISOR"],
    channels: ["inApp", "email", "push"],
  },
  /** Every party of an internship: it was ended early, with the reason. */
  internshipStatus: {
    roles: ["STUDENT", "ENTERPRISE", "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR"],
    channels: ["inApp", "email", "push"],
  },
  /** The student, the tutor and the supervisor: a visit's date was picked (with the .ics link). */
  internshipVisits: {
    roles: ["STUDENT", "ENTERPRISE", "UNIVERSITY_SUPERVISOR"],
    channels: ["inApp", "email", "push"],
  },
  /** A document's owner: received (a receipt), validated or rejected; an internship's supervisor: one to review. */
  documents: {
    roles: ["STUDENT", "ENTERPRISE", "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR"],
    channels: ["inApp", "email", "push"],
  },
  /** A student: an imported offer they saved closed (its posting is gone or expired) or changed. */
  savedOffers: { roles: ["STUDENT"], channels: ["inApp", "email", "push"] },
  /** Whoever asked for a large export (the audit log…): its file is ready to download. */
  exports: { roles: ["UNIVERSITY_ADMIN", "SYSTEM_ADMIN"], channels: ["inApp", "email"] },
  /** A message from the staff of a university or the platform to a group (POST /notifications/send). */
  staffMessages: {
    roles: ["STUDENT", "ENTERPRISE", "UNIVERSITY_SUPERVISOR", "UNIVERSITY_ADMIN"],
    channels: ["inApp", "email", "push"],
  },
} as const satisfies Record<string, { roles: readonly Role[]; channels: readonly Channel[] }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const kindsFor = (role: Role): NotificationKind[] =>
  (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter((kind) =>
    (NOTIFICATION_KINDS[kind].roles as readonly Role[]).includes(role),
  );

export const hasChannel = (kind: NotificationKind, channel: Channel) =>
  (NOTIFICATION_KINDS[kind].channels as readonly Channel[]).includes(channel);

/**
 * What a channel is when the user has not chosen: in the app and by e-mail for everyone; web push
 * only for students, who read the app on the go (and push does nothing before they subscribe).
 */
export const defaultOn = (role: Role, channel: Channel): boolean => channel !== "push" || role === "STUDENT";

import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** Who makes a move: the student who applied, or the enterprise the offer belongs to. */
export type Side = "student" | "enterprise";

/** The stages, in the order a pipeline shows them. */
export const STATUS_ORDER: readonly ApplicationStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "SHORTLISTED",
  "INTERVIEW",
  "ACCEPTED",
  "REJECTED",
  "WITHDRAWN",
];

/** Sent and not decided: the student may still withdraw, the enterprise still decide. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ["SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "INTERVIEW"];

/**
 * The one transition table: for each status, the statuses it may move to and who may move it.
 * The enterprise moves forward (skipping stages is allowed: a phone call can make a shortlist),
 * accepts only someone it has shortlisted or interviewed, and declines at any open stage; the
 * student sends a draft and withdraws while the application is open. Decisions are final.
 */
const MOVES: Record<ApplicationStatus, Partial<Record<ApplicationStatus, Side>>> = {
  DRAFT: { SUBMITTED: "student" },
  SUBMITTED: {
    UNDER_REVIEW: "enterprise",
    SHORTLISTED: "enterprise",
    INTERVIEW: "enterprise",
    REJECTED: "enterprise",
    WITHDRAWN: "student",
  },
  UNDER_REVIEW: { SHORTLISTED: "enterprise", INTERVIEW: "enterprise", REJECTED: "enterprise", WITHDRAWN: "student" },
  SHORTLISTED: { INTERVIEW: "enterprise", ACCEPTED: "enterprise", REJECTED: "enterprise", WITHDRAWN: "student" },
  INTERVIEW: { ACCEPTED: "enterprise", REJECTED: "enterprise", WITHDRAWN: "student" },
  ACCEPTED: {},
  REJECTED: {},
  WITHDRAWN: {},
};

export const canMove = (from: ApplicationStatus, to: ApplicationStatus, side: Side) => MOVES[from][to] === side;

/** The statuses `side` may move an application in `from` to, in pipeline order. */
export const allowedMoves = (from: ApplicationStatus, side: Side): ApplicationStatus[] =>
  STATUS_ORDER.filter((to) => canMove(from, to, side));

export type ChangeEvent =
  | "application.submitted"
  | "application.accepted"
  | "application.rejected"
  | "application.withdrawn"
  | "application.status-changed";

/** The event a change to `to` emits (inngest/events.ts). */
export function eventOf(to: ApplicationStatus): ChangeEvent {
  switch (to) {
    case "SUBMITTED":
      return "application.submitted";
    case "ACCEPTED":
      return "application.accepted";
    case "REJECTED":
      return "application.rejected";
    case "WITHDRAWN":
      return "application.withdrawn";
    default:
      return "application.status-changed";
  }
}

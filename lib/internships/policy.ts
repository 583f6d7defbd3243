import { forbidden } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";

/**
 * Internships the actor may read: a student their own; an enterprise's admins its interns, its
 * other members only those they tutor; a university's admins its students'; a supervisor only
 * those assigned to them (even of a student they share with another supervisor). Put it in the
 * `where` beside the id, never check afterwards.
 */
export function internshipScope(actor: Actor): Prisma.InternshipWhereInput {
  switch (actor.role) {
    case "SYSTEM_ADMIN":
      return {};
    case "STUDENT":
      return { studentId: actor.studentId ?? "-" };
    case "ENTERPRISE":
      if (!actor.enterprise) return { id: "-" };
      return actor.enterprise.memberRole === "ADMIN"
        ? { enterpriseId: actor.enterprise.id }
        : { enterpriseId: actor.enterprise.id, tutor: { userId: actor.userId } };
    case "UNIVERSITY_ADMIN":
      return { universityId: actor.university?.id ?? "-" };
    case "UNIVERSITY_SUPERVISOR":
      return { supervisorId: actor.university?.staffId ?? "-" };
  }
}

/** The caller's part in an internship they may read (through `internshipScope`). */
export type InternshipParty =
  "STUDENT" | "TUTOR" | "ENTERPRISE_ADMIN" | "SUPERVISOR" | "UNIVERSITY_ADMIN" | "SYSTEM_ADMIN";

/** What each party may do in the follow-up; reading is the scope's business. */
const MAY = {
  writeLogbook: ["STUDENT"],
  comment: ["TUTOR", "ENTERPRISE_ADMIN", "SUPERVISOR"],
  recordAttendance: ["STUDENT", "TUTOR", "ENTERPRISE_ADMIN"],
  raiseIssue: ["STUDENT", "TUTOR", "ENTERPRISE_ADMIN", "SUPERVISOR", "UNIVERSITY_ADMIN"],
  resolveIssue: ["SUPERVISOR", "UNIVERSITY_ADMIN"],
  changeStatus: ["SUPERVISOR", "UNIVERSITY_ADMIN"],
  proposeVisit: ["SUPERVISOR"],
  pickVisitSlot: ["TUTOR", "STUDENT"],
  reportVisit: ["SUPERVISOR"],
  moveVisit: ["SUPERVISOR"],
  cancelVisit: ["SUPERVISOR"],
} as const satisfies Record<string, readonly InternshipParty[]>;
export type FollowUpAction = keyof typeof MAY;

/** The party of an actor in an internship already read through `internshipScope`. */
export function partyOf(actor: Actor, internship: { tutor: { userId: string } | null }): InternshipParty {
  switch (actor.role) {
    case "STUDENT":
      return "STUDENT";
    case "ENTERPRISE":
      return internship.tutor?.userId === actor.userId ? "TUTOR" : "ENTERPRISE_ADMIN";
    case "UNIVERSITY_SUPERVISOR":
      return "SUPERVISOR";
    case "UNIVERSITY_ADMIN":
      return "UNIVERSITY_ADMIN";
    case "SYSTEM_ADMIN":
      return "SYSTEM_ADMIN";
  }
}

export const may = (party: InternshipParty, action: FollowUpAction) =>
  (MAY[action] as readonly InternshipParty[]).includes(party);

/** Every action the party may take, for pages and the API to show the right controls. */
export const allowedActions = (party: InternshipParty) =>
  (Object.keys(MAY) as FollowUpAction[]).filter((action) => may(party, action));

export function requireMay(party: InternshipParty, action: FollowUpAction): void {
  if (!may(party, action)) throw forbidden();
}

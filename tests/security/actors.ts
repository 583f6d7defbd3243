/**
 * Who the access matrix calls as. Two of everything: side A and side B each have a university
 * (its admin and a supervisor), a student, and a verified enterprise; side C is an enterprise that
 * has not been verified. The system admin and the anonymous visitor belong to no side.
 */
export const ACTORS = [
  "anonymous",
  "student",
  "otherStudent",
  "enterpriseAdmin",
  "recruiter",
  "tutor",
  "otherEnterprise",
  "unverifiedEnterprise",
  "universityAdmin",
  "supervisor",
  "systemAdmin",
] as const;
export type ActorName = (typeof ACTORS)[number];

export type Side = "A" | "B" | "C";

/** The side whose rows are the actor's own. */
export const HOME: Record<ActorName, Side | null> = {
  anonymous: null,
  student: "A",
  otherStudent: "B",
  enterpriseAdmin: "A",
  recruiter: "A",
  tutor: "A",
  otherEnterprise: "B",
  unverifiedEnterprise: "C",
  universityAdmin: "A",
  supervisor: "A",
  systemAdmin: null,
};

/** Another's rows: the other side's (side A's for those of side C and of no side). */
export const OTHER_SIDE = (home: Side | null): Side => (home === "A" ? "B" : "A");

// Groups, to keep the matrix readable.
export const EVERYONE: readonly ActorName[] = ACTORS;
export const SIGNED_IN = ACTORS.filter((actor) => actor !== "anonymous");
export const STUDENTS = ["student", "otherStudent"] as const;
/** Members of a verified enterprise, whatever their role in it. */
export const VERIFIED_MEMBERS = ["enterpriseAdmin", "recruiter", "tutor", "otherEnterprise"] as const;
export const MEMBERS = [...VERIFIED_MEMBERS, "unverifiedEnterprise"] as const;
/** Admins and recruiters write offers; tutors follow interns only. */
export const OFFER_MANAGERS = ["enterpriseAdmin", "recruiter", "otherEnterprise", "unverifiedEnterprise"] as const;
export const ENTERPRISE_ADMINS = ["enterpriseAdmin", "otherEnterprise", "unverifiedEnterprise"] as const;
export const STAFF = ["universityAdmin", "supervisor"] as const;

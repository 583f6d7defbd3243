import {
  EVERYONE,
  MEMBERS,
  OFFER_MANAGERS,
  SIGNED_IN,
  STAFF,
  STUDENTS,
  VERIFIED_MEMBERS,
  type ActorName,
} from "./actors";
import { bodies, type Body } from "./bodies";
import type { RefusalKey, TargetKind } from "./targets";

/** A refusal: one answer for everyone refused, or a default and the actors (on a scope: "student:own") answered otherwise. */
export type Refused<T> = T | ({ default: T } & Partial<Record<RefusalKey, T>>);

export type Rule<T> = {
  /** What the path names (see targets.ts): whose row is "own" and "other" for each actor. */
  target: TargetKind;
  /** Target "none": who may call it at all. */
  allowed?: readonly ActorName[];
  /** Who may act on their own row (their profile, their enterprise, their side's student…). */
  own?: readonly ActorName[];
  /** Who may act on another side's row. */
  other?: readonly ActorName[];
  /** What everyone else gets. */
  refused?: Refused<T>;
};

export type ApiRule = Rule<number> & {
  /** The JSON (or multipart) body of a write: minimal and valid, so that "allowed" is a 2xx. */
  body?: Body;
};

/** `{ tutor: 403, recruiter: 403 }` from a group. */
export const each = <T>(actors: readonly ActorName[], value: T) =>
  Object.fromEntries(actors.map((actor) => [actor, value])) as Partial<Record<ActorName, T>>;

const OWN_STUDENT_ONLY: ApiRule = { target: "student", own: STUDENTS, refused: { default: 403, anonymous: 401 } };
const STUDENT_FOLLOWERS: ApiRule = {
  target: "student",
  own: [...STUDENTS, ...STAFF],
  other: ["systemAdmin"],
  refused: { default: 404, anonymous: 401, ...each(MEMBERS, 403) },
};
const OWN_USER_ONLY: ApiRule = { target: "user", own: SIGNED_IN, refused: { default: 403, anonymous: 401 } };
const OWN_OFFER_MANAGERS: ApiRule = {
  target: "draftOffer",
  own: OFFER_MANAGERS,
  refused: { default: 403, anonymous: 401 },
};

/**
 * Every /api/v1 operation × every actor × own/other row: who is allowed, and what the others get.
 * A route without an entry here fails access-matrix.test.ts, which names the entry to add.
 */
export const API_ACCESS: Record<string, ApiRule> = {
  // Identity: public doors, the same for everyone; the token sent along changes nothing.
  "POST /auth/register": { target: "none", allowed: EVERYONE, body: bodies.register },
  "POST /auth/login": { target: "none", allowed: EVERYONE, body: bodies.login },
  "POST /auth/refresh": { target: "none", allowed: EVERYONE, body: bodies.refreshToken },
  "POST /auth/logout": { target: "none", allowed: EVERYONE, body: bodies.refreshToken },
  "POST /auth/verify-email": { target: "none", allowed: EVERYONE, body: bodies.verifyEmail },
  "POST /auth/reset-password": { target: "none", allowed: EVERYONE, body: bodies.askPasswordReset },
  "GET /auth/me": { target: "self", own: SIGNED_IN, refused: 401 },
  "GET /auth/sessions": { target: "self", own: SIGNED_IN, refused: 401 },
  // Another user's session id reads as unknown.
  "DELETE /auth/sessions/{id}": { target: "freshSession", own: SIGNED_IN, refused: { default: 404, anonymous: 401 } },

  // A CV: its owner, the enterprise it was sent to with an application, system admins; 404 for the rest.
  "GET /documents/{id}/download": {
    target: "cv",
    own: [...STUDENTS, ...VERIFIED_MEMBERS],
    other: ["systemAdmin"],
    refused: 404,
  },

  // Enterprises: verified ones are public; the rest is for their own admins (members for interns).
  "GET /enterprises": { target: "none", allowed: EVERYONE },
  "GET /enterprises/{id}": { target: "enterprise", own: SIGNED_IN, other: EVERYONE },
  "GET /enterprises/{id}/offers": { target: "enterprise", own: SIGNED_IN, other: EVERYONE },
  "PUT /enterprises/{id}": {
    target: "enterprise",
    own: ["enterpriseAdmin", "otherEnterprise", "unverifiedEnterprise"],
    refused: { default: 403, anonymous: 401, enterpriseAdmin: 404, otherEnterprise: 404, unverifiedEnterprise: 404 },
    body: bodies.enterpriseProfile,
  },
  "GET /enterprises/{id}/interns": {
    target: "enterprise",
    own: MEMBERS,
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, ...each(MEMBERS, 404) },
  },
  "POST /enterprises/{id}/verify": {
    target: "pendingVerification",
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401 },
    body: bodies.verificationDecision,
  },

  // Offers: visible ones for everyone, drafts for their enterprise; written by its admins and recruiters.
  "GET /offers": { target: "none", allowed: EVERYONE },
  "GET /offers/search": { target: "none", allowed: EVERYONE },
  "POST /offers": {
    target: "none",
    allowed: OFFER_MANAGERS,
    refused: { default: 403, anonymous: 401 },
    body: bodies.offer,
  },
  "GET /offers/{id}": { target: "draftOffer", own: MEMBERS, other: ["systemAdmin"], refused: 404 },
  "PUT /offers/{id}": { ...OWN_OFFER_MANAGERS, body: bodies.offer },
  "DELETE /offers/{id}": { ...OWN_OFFER_MANAGERS, target: "freshDraft" },
  "POST /offers/{id}/duplicate": OWN_OFFER_MANAGERS,
  // Publishing also needs a verified enterprise.
  "POST /offers/{id}/publish": {
    target: "freshDraft",
    own: ["enterpriseAdmin", "recruiter", "otherEnterprise"],
    refused: { default: 403, anonymous: 401 },
  },
  "POST /offers/{id}/close": {
    target: "freshPublished",
    own: ["enterpriseAdmin", "recruiter", "otherEnterprise"],
    refused: { default: 403, anonymous: 401 },
  },
  "GET /offers/recommendations/{studentId}": STUDENT_FOLLOWERS,
  "GET /skills": { target: "none", allowed: EVERYONE },

  // Applications: the student applies and edits their draft; the offer's enterprise (not its
  // tutors) moves it; the student's university and the enterprise read it once sent.
  "POST /applications": {
    target: "none",
    allowed: STUDENTS,
    refused: { default: 403, anonymous: 401 },
    body: bodies.application,
  },
  "GET /applications/{id}": {
    target: "application",
    own: [...STUDENTS, ...VERIFIED_MEMBERS, ...STAFF],
    other: ["systemAdmin"],
    refused: { default: 404, anonymous: 401 },
  },
  "PUT /applications/{id}": {
    target: "freshDraftApplication",
    own: STUDENTS,
    refused: { default: 403, anonymous: 401, ...each(STUDENTS, 404) },
    body: bodies.applicationDraft,
  },
  "PATCH /applications/{id}/status": {
    target: "freshSentApplication",
    own: ["enterpriseAdmin", "recruiter", "otherEnterprise"],
    refused: {
      default: 403,
      anonymous: 401,
      ...each(["enterpriseAdmin", "recruiter", "otherEnterprise", "unverifiedEnterprise", ...STUDENTS], 404),
      // A student may only send or withdraw their own: reviewing it is not their move.
      "student:own": 409,
      "otherStudent:own": 409,
    },
    body: bodies.reviewApplication,
  },
  "GET /applications/student/{studentId}": STUDENT_FOLLOWERS,
  "GET /applications/offer/{offerId}": {
    target: "draftOffer",
    own: MEMBERS,
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, ...each(MEMBERS, 404) },
  },

  // Interviews: the offer's admins and recruiters publish and delete slots and record outcomes; its
  // members and the shortlisted student read them; the student books and cancels (the enterprise
  // cancels too); the invitation is for both sides.
  "GET /offers/{id}/slots": {
    target: "draftOffer",
    own: MEMBERS,
    other: ["systemAdmin"],
    refused: { default: 404, anonymous: 401 },
  },
  "POST /offers/{id}/slots": {
    target: "draftOffer",
    own: OFFER_MANAGERS,
    refused: { default: 403, anonymous: 401, ...each(OFFER_MANAGERS, 404) },
    body: bodies.interviewSlot,
  },
  "DELETE /slots/{id}": {
    target: "freshSlot",
    own: OFFER_MANAGERS,
    refused: { default: 403, anonymous: 401, ...each(OFFER_MANAGERS, 404) },
  },
  "POST /slots/{id}/bookings": {
    target: "freshShortlistedSlot",
    own: STUDENTS,
    refused: { default: 403, anonymous: 401, ...each(STUDENTS, 404) },
    body: bodies.booking,
  },
  "DELETE /bookings/{id}": {
    target: "freshBooking",
    own: [...STUDENTS, "enterpriseAdmin", "recruiter", "otherEnterprise"],
    refused: { default: 403, anonymous: 401, ...each([...STUDENTS, ...OFFER_MANAGERS], 404) },
  },
  "PUT /bookings/{id}/outcome": {
    target: "freshPastBooking",
    own: ["enterpriseAdmin", "recruiter", "otherEnterprise"],
    refused: { default: 403, anonymous: 401, ...each(OFFER_MANAGERS, 404) },
    body: bodies.interviewOutcome,
  },
  "GET /bookings/{id}/invite.ics": {
    target: "freshBooking",
    own: [...STUDENTS, ...VERIFIED_MEMBERS],
    other: ["systemAdmin"],
    refused: { default: 404, anonymous: 401 },
  },

  // Notifications: one's own only, system admins included.
  "GET /notifications/user/{userId}": OWN_USER_ONLY,
  "PATCH /notifications/user/{userId}/read": OWN_USER_ONLY,
  "PATCH /notifications/{id}/read": {
    target: "freshNotification",
    own: SIGNED_IN,
    refused: { default: 404, anonymous: 401 },
  },
  "GET /notifications/preferences/{userId}": OWN_USER_ONLY,
  "PUT /notifications/preferences/{userId}": { ...OWN_USER_ONLY, body: bodies.notificationPreferences },

  // Students: each reads what their role and ties allow (404 otherwise); only the student writes.
  "GET /students": {
    target: "none",
    allowed: SIGNED_IN.filter((actor) => actor !== "unverifiedEnterprise"),
    refused: { default: 403, anonymous: 401 },
  },
  "GET /students/{id}": {
    target: "student",
    // Enterprises browse the profiles made visible to them (all of them here), on either side.
    own: [...STUDENTS, ...VERIFIED_MEMBERS, ...STAFF],
    other: [...VERIFIED_MEMBERS, "systemAdmin"],
    refused: { default: 404, anonymous: 401, unverifiedEnterprise: 403 },
  },
  "PUT /students/{id}": { ...OWN_STUDENT_ONLY, body: bodies.studentProfile },
  "POST /students/{id}/skills": { ...OWN_STUDENT_ONLY, body: bodies.skills },
  "POST /students/{id}/academic-records": { ...OWN_STUDENT_ONLY, body: bodies.academicRecord },
  "DELETE /students/{id}/academic-records/{recordId}": { ...OWN_STUDENT_ONLY, target: "freshRecord" },
  "PUT /students/{id}/preferences": { ...OWN_STUDENT_ONLY, body: bodies.preferences },
  "PUT /students/{id}/cv": { ...OWN_STUDENT_ONLY, body: bodies.cv },
  "GET /students/{id}/applications": STUDENT_FOLLOWERS,
  "GET /students/{id}/internships": STUDENT_FOLLOWERS,
  "GET /students/{id}/favourites": OWN_STUDENT_ONLY,
  "PUT /students/{id}/favourites/{offerId}": { ...OWN_STUDENT_ONLY, target: "favourite" },
  "DELETE /students/{id}/favourites/{offerId}": { ...OWN_STUDENT_ONLY, target: "favourite" },
};

import {
  ENTERPRISE_ADMINS,
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
  /** What "allowed" answers when it is not a 2xx (a document download sends a reader on to a signed link: 303). */
  allowedStatus?: number;
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
const UNIVERSITY_STAFF_ONLY: ApiRule = {
  target: "university",
  own: STAFF,
  other: ["systemAdmin"],
  refused: { default: 403, anonymous: 401, ...each(STAFF, 404) },
};
const OWN_OFFER_MANAGERS: ApiRule = {
  target: "draftOffer",
  own: OFFER_MANAGERS,
  refused: { default: 403, anonymous: 401 },
};

const UNIVERSITY_ADMIN_ONLY: ApiRule = {
  target: "university",
  own: ["universityAdmin"],
  other: ["systemAdmin"],
  refused: { default: 403, anonymous: 401 },
};
const AGREEMENT_READERS: ApiRule = {
  target: "freshAgreement",
  own: [...STUDENTS, "enterpriseAdmin", "recruiter", "tutor", "otherEnterprise", ...STAFF],
  other: ["systemAdmin"],
  refused: { default: 404, anonymous: 401 },
};
const AGREEMENT_EDITORS: ApiRule = {
  target: "freshAgreement",
  own: [...STUDENTS, "enterpriseAdmin", "recruiter", "otherEnterprise", "universityAdmin"],
  other: ["systemAdmin"],
  refused: { default: 404, anonymous: 401 },
};
/** The default circuit's later signers read the agreement but wait their turn; a recruiter signs nothing. */
const AGREEMENT_SIGNER: ApiRule = {
  target: "freshSigningAgreement",
  own: STUDENTS,
  refused: {
    default: 404,
    anonymous: 401,
    systemAdmin: 403,
    "recruiter:own": 403,
    ...Object.fromEntries(
      ["enterpriseAdmin", "otherEnterprise", "tutor", "universityAdmin", "supervisor"].map((a) => [`${a}:own`, 409]),
    ),
  },
};

/**
 * Every /api/v1 operation × every actor × own/other row: who is allowed, and what the others get.
 * A route without an entry here fails access-matrix.test.ts, which names the entry to add.
 */
const INTERNSHIP_PARTIES = [...STUDENTS, "enterpriseAdmin", "tutor", "otherEnterprise", ...STAFF] as const;
/** Outside the internship: unknown (404); a system admin reads every internship but takes no part (403). */
const INTERNSHIP_REFUSED = { default: 404, anonymous: 401, systemAdmin: 403 } as const;
const INTERNSHIP_READERS: ApiRule = {
  target: "internship",
  own: INTERNSHIP_PARTIES,
  other: ["systemAdmin"],
  refused: { default: 404, anonymous: 401 },
};
const scoped = (actors: readonly ActorName[], status: number) =>
  Object.fromEntries(actors.map((actor) => [`${actor}:own`, status])) as Partial<Record<`${ActorName}:own`, number>>;
const studentsOwn = (status: number) => scoped(STUDENTS, status);
const scopedOther = (actors: readonly ActorName[], status: number) =>
  Object.fromEntries(actors.map((actor) => [`${actor}:other`, status])) as Partial<
    Record<`${ActorName}:other`, number>
  >;
const enterpriseOwn = (status: number) => scoped(["enterpriseAdmin", "tutor", "otherEnterprise"], status);
const staffOwn = (status: number) => scoped(STAFF, status);

const IMPORT_MANAGERS = ["systemAdmin", ...ENTERPRISE_ADMINS] as const;
const IMPORT_SOURCE_RULE: ApiRule = {
  target: "freshImportSource",
  own: ENTERPRISE_ADMINS,
  other: ["systemAdmin"],
  refused: { default: 403, anonymous: 401, ...scopedOther(ENTERPRISE_ADMINS, 404) },
};

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
  "GET /auth/me/export": { target: "self", own: SIGNED_IN, refused: 401 },
  // Another user's session id reads as unknown.
  "DELETE /auth/sessions/{id}": { target: "freshSession", own: SIGNED_IN, refused: { default: 404, anonymous: 401 } },

  // A CV: its owner, the enterprise it was sent to with an application, system admins, each sent on
  // to a signed short-lived link (303); 404 for the rest.
  "GET /documents/{id}/download": {
    target: "cv",
    own: [...STUDENTS, ...VERIFIED_MEMBERS],
    other: ["systemAdmin"],
    refused: 404,
    allowedStatus: 303,
  },
  // Internship documents: the student adds them; the internship's parties read them; the staff
  // following it decide (the other parties 403); the owner (or a system admin) deletes a pending one.
  "POST /documents/upload": {
    target: "freshInternship",
    own: STUDENTS,
    refused: { default: 403, anonymous: 401, "student:other": 404, "otherStudent:other": 404 },
    body: bodies.internshipDocument,
  },
  "GET /documents/internship/{id}": INTERNSHIP_READERS,
  "GET /documents/{id}": { ...INTERNSHIP_READERS, target: "freshInternshipDocument" },
  "POST /documents/{id}/validate": {
    target: "freshInternshipDocument",
    own: STAFF,
    other: ["systemAdmin"],
    refused: { default: 404, anonymous: 401, ...studentsOwn(403), ...enterpriseOwn(403) },
    body: bodies.documentDecision,
  },
  "DELETE /documents/{id}": {
    target: "freshInternshipDocument",
    own: STUDENTS,
    other: ["systemAdmin"],
    refused: { default: 404, anonymous: 401, ...enterpriseOwn(403), ...staffOwn(403) },
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
  "GET /enterprises/{id}/dashboard": {
    target: "enterprise",
    own: MEMBERS,
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, ...each(MEMBERS, 404) },
  },
  "GET /enterprises/{id}/dashboard/export.csv": {
    target: "enterprise",
    own: MEMBERS,
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, ...each(MEMBERS, 404) },
  },
  "GET /enterprises/{id}/dashboard/export.xlsx": {
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
  "GET /offers/suggest": { target: "none", allowed: EVERYONE },
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
  // An imported offer is claimed by an admin of the verified enterprise it is named after (another's: 403).
  "POST /offers/{id}/claim": {
    target: "freshImportedOffer",
    own: ["enterpriseAdmin", "otherEnterprise"],
    refused: { default: 403, anonymous: 401 },
  },
  "GET /offers/recommendations/{studentId}": STUDENT_FOLLOWERS,
  "GET /skills": { target: "none", allowed: EVERYONE },

  // Universities: their public identity for anyone signed in; structure, staff and roster for their
  // own staff only (another university's reads as not found); the roster import for its admins.
  "GET /universities": { target: "none", allowed: SIGNED_IN, refused: 401 },
  "GET /universities/{id}": { target: "university", own: SIGNED_IN, other: SIGNED_IN, refused: 401 },
  "GET /universities/{id}/departments": UNIVERSITY_STAFF_ONLY,
  "GET /universities/{id}/students": UNIVERSITY_STAFF_ONLY,
  "GET /universities/{id}/supervisors": UNIVERSITY_STAFF_ONLY,
  // Dashboards: a university's admins read theirs (another university's is unknown); supervisors do not.
  "GET /universities/{id}/dashboard": {
    ...UNIVERSITY_ADMIN_ONLY,
    refused: { default: 403, anonymous: 401, universityAdmin: 404 },
  },
  "GET /universities/{id}/dashboard/export.csv": {
    ...UNIVERSITY_ADMIN_ONLY,
    refused: { default: 403, anonymous: 401, universityAdmin: 404 },
  },
  "GET /universities/{id}/dashboard/export.xlsx": {
    ...UNIVERSITY_ADMIN_ONLY,
    refused: { default: 403, anonymous: 401, universityAdmin: 404 },
  },
  "POST /universities/{id}/students/import": {
    target: "university",
    own: ["universityAdmin"],
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, "universityAdmin:other": 404 },
    body: bodies.roster,
  },

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
  "GET /applications/offer/{offerId}/export.csv": {
    target: "draftOffer",
    own: MEMBERS,
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, ...each(MEMBERS, 404) },
  },
  // The bulk move: each id moved as PATCH …/status would; a list naming none of the caller's is a 404.
  "POST /applications/bulk-status": {
    target: "freshSentApplication",
    own: ["enterpriseAdmin", "recruiter", "otherEnterprise"],
    refused: {
      default: 403,
      anonymous: 401,
      ...each(["enterpriseAdmin", "recruiter", "otherEnterprise", "unverifiedEnterprise"], 404),
    },
    body: ({ target }) => ({ ids: [target.id], status: "UNDER_REVIEW" }),
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

  // Scorecards: any member of the offer's enterprise writes their own and reads them (system admins
  // read); criteria and rejection templates are for its admins and recruiters. Other enterprises: 404.
  "GET /applications/{id}/scorecards": {
    target: "application",
    own: VERIFIED_MEMBERS,
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, ...each(MEMBERS, 404) },
  },
  "PUT /applications/{id}/scorecards": {
    target: "application",
    own: VERIFIED_MEMBERS,
    refused: { default: 403, anonymous: 401, ...each(MEMBERS, 404) },
    body: bodies.scorecard,
  },
  "GET /offers/{id}/scorecard-criteria": {
    target: "draftOffer",
    own: MEMBERS,
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, ...each(MEMBERS, 404) },
  },
  "PUT /offers/{id}/scorecard-criteria": {
    target: "draftOffer",
    own: OFFER_MANAGERS,
    refused: { default: 403, anonymous: 401, ...each(OFFER_MANAGERS, 404) },
    body: bodies.scorecardCriteria,
  },
  "GET /enterprises/{id}/rejection-templates": {
    target: "enterprise",
    own: OFFER_MANAGERS,
    refused: { default: 403, anonymous: 401, ...each(OFFER_MANAGERS, 404) },
  },
  "POST /enterprises/{id}/rejection-templates": {
    target: "enterprise",
    own: OFFER_MANAGERS,
    refused: { default: 403, anonymous: 401, ...each(OFFER_MANAGERS, 404) },
    body: bodies.rejectionTemplate,
  },
  "DELETE /rejection-templates/{id}": {
    target: "freshRejectionTemplate",
    own: OFFER_MANAGERS,
    refused: { default: 403, anonymous: 401, ...each(OFFER_MANAGERS, 404) },
  },

  // Offer imports: system admins manage every source; an enterprise's admins their own careers
  // page's (another enterprise's reads as not found); nobody else (403).
  "GET /import-sources": { target: "none", allowed: IMPORT_MANAGERS, refused: { default: 403, anonymous: 401 } },
  "POST /import-sources": {
    target: "none",
    allowed: IMPORT_MANAGERS,
    refused: { default: 403, anonymous: 401 },
    body: bodies.importSource,
  },
  "GET /import-sources/{id}": IMPORT_SOURCE_RULE,
  "PUT /import-sources/{id}": { ...IMPORT_SOURCE_RULE, body: bodies.importSource },
  "DELETE /import-sources/{id}": IMPORT_SOURCE_RULE,
  "POST /import-sources/{id}/run": IMPORT_SOURCE_RULE,
  "GET /import-runs/{id}": { ...IMPORT_SOURCE_RULE, target: "freshImportRun" },

  // The audit log: system admins read all of it, a university's admins the entries about their university.
  "GET /audit": {
    target: "none",
    allowed: ["universityAdmin", "systemAdmin"],
    refused: { default: 403, anonymous: 401 },
  },
  "GET /audit/export.csv": {
    target: "none",
    allowed: ["universityAdmin", "systemAdmin"],
    refused: { default: 403, anonymous: 401 },
  },

  // Agreements: a university's admins set its circuit and watch its agreements; the student or
  // the university drafts from an accepted application; the student, the enterprise's admins and
  // recruiters and the university's admins edit and submit; every party reads; each signer signs
  // or refuses at their turn only (409 before it, 403 for a reader who signs nothing).
  "GET /universities/{id}/agreement-circuit": UNIVERSITY_ADMIN_ONLY,
  "PUT /universities/{id}/agreement-circuit": { ...UNIVERSITY_ADMIN_ONLY, body: bodies.agreementCircuit },
  "GET /universities/{id}/conventions": UNIVERSITY_ADMIN_ONLY,
  "GET /universities/{id}/conventions/export.csv": UNIVERSITY_ADMIN_ONLY,
  "POST /universities/{id}/conventions": {
    target: "freshAcceptedApplication",
    own: [...STUDENTS, "universityAdmin"],
    other: ["systemAdmin"],
    refused: {
      default: 403,
      anonymous: 401,
      "student:other": 404,
      "otherStudent:other": 404,
      "universityAdmin:other": 404,
    },
    body: bodies.draftAgreement,
  },
  "GET /agreements/to-sign": { target: "self", own: SIGNED_IN, refused: 401 },
  "GET /agreements/{id}": AGREEMENT_READERS,
  "GET /agreements/{id}/history": AGREEMENT_READERS,
  "GET /agreements/{id}/pdf": AGREEMENT_READERS,
  "PUT /agreements/{id}": { ...AGREEMENT_EDITORS, body: bodies.agreementContent },
  "POST /agreements/{id}/submit": AGREEMENT_EDITORS,
  "POST /agreements/{id}/sign": { ...AGREEMENT_SIGNER, body: bodies.signAgreement },
  "POST /agreements/{id}/refuse": { ...AGREEMENT_SIGNER, body: bodies.refuseAgreement },
  // Amendments: every party of a validated agreement reads and proposes; its signatories sign in turn.
  "GET /agreements/{id}/amendments": AGREEMENT_READERS,
  "POST /agreements/{id}/amendments": {
    ...AGREEMENT_READERS,
    target: "freshValidatedAgreement",
    body: bodies.proposeAmendment,
  },
  "POST /agreements/{id}/amendments/{amendmentId}/sign": {
    ...AGREEMENT_SIGNER,
    target: "freshAmendment",
    body: bodies.signAgreement,
  },
  "POST /agreements/{id}/amendments/{amendmentId}/refuse": {
    ...AGREEMENT_SIGNER,
    target: "freshAmendment",
    body: bodies.refuseAgreement,
  },
  "POST /universities/{id}/conventions/reminders": { ...UNIVERSITY_ADMIN_ONLY, body: bodies.remindAgreements },

  // Notifications: one's own only, system admins included.
  "GET /notifications/unread-count": { target: "self", own: SIGNED_IN, refused: 401 },
  // The assistant: anyone signed in, about their own records; conversations are one's own.
  "POST /assistant/messages": { target: "self", own: SIGNED_IN, refused: 401, body: bodies.assistantMessage },
  "GET /assistant/conversations": { target: "self", own: SIGNED_IN, refused: 401 },
  "GET /assistant/conversations/{id}": {
    target: "freshConversation",
    own: SIGNED_IN,
    refused: { default: 404, anonymous: 401 },
  },
  "DELETE /assistant/conversations/{id}": {
    target: "freshConversation",
    own: SIGNED_IN,
    refused: { default: 404, anonymous: 401 },
  },
  "GET /notifications/user/{userId}": OWN_USER_ONLY,
  "PATCH /notifications/user/{userId}/read": OWN_USER_ONLY,
  // A background export: its requester follows it and downloads its file; anyone else reads "not found".
  "GET /exports/{id}": { target: "freshExport", own: SIGNED_IN, refused: { default: 404, anonymous: 401 } },
  "GET /exports/{id}/download": { target: "freshExport", own: SIGNED_IN, refused: { default: 404, anonymous: 401 } },
  "PATCH /notifications/{id}/read": {
    target: "freshNotification",
    own: SIGNED_IN,
    refused: { default: 404, anonymous: 401 },
  },
  "GET /notifications/preferences/{userId}": OWN_USER_ONLY,
  "PUT /notifications/preferences/{userId}": { ...OWN_USER_ONLY, body: bodies.notificationPreferences },
  // The caller's signature due on an agreement, as .ics: only while it is their turn (the student's, here).
  "GET /agreements/{id}/signature.ics": {
    target: "freshSigningAgreement",
    own: STUDENTS,
    refused: { default: 404, anonymous: 401 },
  },
  // A calendar subscription's token is the only authority: whoever holds it reads that feed, signed in or not.
  "GET /calendar/feed/{token}": { target: "freshCalendarFeed", own: EVERYONE, other: EVERYONE },
  // The unsubscribe link's signed token is the authority: without one, nobody gets anything.
  "POST /notifications/unsubscribe": { target: "none", allowed: [], refused: 404 },
  "POST /notifications/push-subscriptions": {
    target: "none",
    allowed: SIGNED_IN,
    refused: 401,
    body: bodies.pushSubscription,
  },
  "DELETE /notifications/push-subscriptions": {
    target: "none",
    allowed: SIGNED_IN,
    refused: 401,
    body: bodies.pushEndpoint,
  },
  "POST /notifications/push-subscriptions/test": { target: "none", allowed: SIGNED_IN, refused: 401 },
  "POST /notifications/send": {
    target: "none",
    allowed: ["universityAdmin", "systemAdmin"],
    refused: { default: 403, anonymous: 401 },
    body: bodies.staffMessage,
  },

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
  "POST /students/{id}/profile-imports": { ...OWN_STUDENT_ONLY, body: bodies.profileImport },
  "GET /students/{id}/profile-imports": OWN_STUDENT_ONLY,
  "GET /students/{id}/profile-imports/{importId}": { ...OWN_STUDENT_ONLY, target: "freshProposal" },
  "POST /students/{id}/profile-imports/{importId}/proposals/{proposalId}/accept": {
    ...OWN_STUDENT_ONLY,
    target: "freshProposal",
  },
  "POST /students/{id}/profile-imports/{importId}/proposals/{proposalId}/reject": {
    ...OWN_STUDENT_ONLY,
    target: "freshProposal",
  },
  "GET /students/{id}/applications": STUDENT_FOLLOWERS,
  "GET /students/{id}/internships": STUDENT_FOLLOWERS,
  "GET /students/{id}/favourites": OWN_STUDENT_ONLY,
  "PUT /students/{id}/favourites/{offerId}": { ...OWN_STUDENT_ONLY, target: "favourite" },
  "DELETE /students/{id}/favourites/{offerId}": { ...OWN_STUDENT_ONLY, target: "favourite" },

  // Internships: their parties only (the student, the enterprise's admins and the intern's tutor, the
  // assigned supervisor, the university's admins); each part may do only its own share (403), the rest
  // read the internship as unknown (404), recruiters included.
  "GET /internships": { target: "none", allowed: SIGNED_IN, refused: 401 },
  "GET /internships/{id}": INTERNSHIP_READERS,
  "GET /internships/{id}/issues": INTERNSHIP_READERS,
  "POST /internships/{id}/attendance": {
    target: "freshInternship",
    own: ["student", "otherStudent", "enterpriseAdmin", "tutor", "otherEnterprise"],
    refused: { ...INTERNSHIP_REFUSED, ...staffOwn(403) },
    body: bodies.attendanceDay,
  },
  "POST /internships/{id}/activities": {
    target: "freshInternship",
    own: STUDENTS,
    refused: { ...INTERNSHIP_REFUSED, ...enterpriseOwn(403), ...staffOwn(403) },
    body: bodies.logbookWeek,
  },
  "POST /internships/{id}/activities/{weekId}/attachments": {
    target: "freshActivity",
    own: STUDENTS,
    refused: { ...INTERNSHIP_REFUSED, ...enterpriseOwn(403), ...staffOwn(403) },
    body: bodies.logbookAttachment,
  },
  "POST /internships/{id}/activities/{weekId}/comments": {
    target: "freshActivity",
    own: ["enterpriseAdmin", "tutor", "otherEnterprise", "supervisor"],
    refused: { ...INTERNSHIP_REFUSED, ...studentsOwn(403), "universityAdmin:own": 403 },
    body: bodies.logbookComment,
  },
  "POST /internships/{id}/issues": {
    target: "freshInternship",
    own: INTERNSHIP_PARTIES,
    refused: INTERNSHIP_REFUSED,
    body: bodies.internshipIssue,
  },
  "POST /internships/{id}/issues/{issueId}/resolve": {
    target: "freshIssue",
    own: STAFF,
    refused: { ...INTERNSHIP_REFUSED, ...studentsOwn(403), ...enterpriseOwn(403) },
    body: bodies.issueResolution,
  },
  // Visits: the assigned supervisor offers dates and reports; the tutor or the student picks a date.
  "GET /internships/{id}/visits": INTERNSHIP_READERS,
  "POST /internships/{id}/visits": {
    target: "freshInternship",
    own: ["supervisor"],
    refused: { ...INTERNSHIP_REFUSED, ...studentsOwn(403), ...enterpriseOwn(403), "universityAdmin:own": 403 },
    body: bodies.visitProposal,
  },
  "POST /internships/{id}/visits/{visitId}/pick": {
    target: "freshProposedVisit",
    own: [...STUDENTS, "tutor"],
    refused: { ...INTERNSHIP_REFUSED, ...staffOwn(403), "enterpriseAdmin:own": 403, "otherEnterprise:own": 403 },
    body: bodies.visitPick,
  },
  "POST /internships/{id}/visits/{visitId}/report": {
    target: "freshScheduledVisit",
    own: ["supervisor"],
    refused: { ...INTERNSHIP_REFUSED, ...studentsOwn(403), ...enterpriseOwn(403), "universityAdmin:own": 403 },
    body: bodies.visitReport,
  },
  "POST /internships/{id}/visits/{visitId}/move": {
    target: "freshUpcomingVisit",
    own: ["supervisor"],
    refused: { ...INTERNSHIP_REFUSED, ...studentsOwn(403), ...enterpriseOwn(403), "universityAdmin:own": 403 },
    body: bodies.visitMove,
  },
  "POST /internships/{id}/visits/{visitId}/cancel": {
    target: "freshUpcomingVisit",
    own: ["supervisor"],
    refused: { ...INTERNSHIP_REFUSED, ...studentsOwn(403), ...enterpriseOwn(403), "universityAdmin:own": 403 },
  },
  "GET /internships/{id}/visits/{visitId}/invite.ics": {
    target: "freshScheduledVisit",
    own: INTERNSHIP_PARTIES,
    other: ["systemAdmin"],
    refused: { default: 404, anonymous: 401 },
  },
  // A university admin assigns its internships to its supervisors; another university's read as unknown.
  "POST /internships/supervisor-assignments": {
    target: "freshAssignment",
    own: ["universityAdmin"],
    refused: { default: 403, anonymous: 401, "universityAdmin:other": 404 },
    body: bodies.supervisorAssignment,
  },
  "PATCH /internships/{id}/status": {
    target: "freshInternship",
    own: STAFF,
    refused: { ...INTERNSHIP_REFUSED, ...studentsOwn(403), ...enterpriseOwn(403) },
    body: bodies.earlyEnd,
  },

  // Evaluations and the final report: every party reads them (system admins too); each fills only
  // their own forms (the student theirs, the tutor theirs, the assigned supervisor theirs: 403 for
  // the other parties); any party but the student e-mails the tutor's link; the student uploads the
  // report, the supervisor and the university's admins decide on it. A university's forms are read
  // by its staff and written by its admins (another university's reads as not found).
  "GET /internships/{id}/evaluations": INTERNSHIP_READERS,
  "POST /internships/{id}/evaluations": {
    target: "freshInternship",
    own: [...STUDENTS, "tutor", "supervisor"],
    refused: { ...INTERNSHIP_REFUSED, ...scoped(["enterpriseAdmin", "otherEnterprise", "universityAdmin"], 403) },
    body: bodies.evaluation,
  },
  "POST /internships/{id}/evaluation-links": {
    target: "freshInternship",
    own: ["enterpriseAdmin", "tutor", "otherEnterprise", ...STAFF],
    other: ["systemAdmin"],
    refused: { default: 404, anonymous: 401, ...each(STUDENTS, 403) },
    body: bodies.evaluationLink,
  },
  "GET /internships/{id}/reports": INTERNSHIP_READERS,
  "POST /internships/{id}/reports": {
    target: "freshInternship",
    own: STUDENTS,
    refused: { default: 403, anonymous: 401, "student:other": 404, "otherStudent:other": 404 },
    body: bodies.finalReport,
  },
  "POST /internships/{id}/reports/{documentId}/decision": {
    target: "freshReport",
    own: STAFF,
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, "universityAdmin:other": 404, "supervisor:other": 404 },
    body: bodies.reportDecision,
  },
  // Certificates: the student and the staff following the internship generate them (enterprises 403,
  // others 404); anyone reads and verifies them without signing in; the university's admins and the
  // internship's supervisor revoke.
  "POST /documents/generate/certificate": {
    target: "freshCompletedInternship",
    own: [...STUDENTS, ...STAFF],
    other: ["systemAdmin"],
    refused: { default: 404, anonymous: 401, ...each(MEMBERS, 403) },
    body: bodies.generateFor,
  },
  "POST /documents/generate/attestation": {
    target: "freshInternship",
    own: [...STUDENTS, ...STAFF],
    other: ["systemAdmin"],
    refused: { default: 404, anonymous: 401, ...each(MEMBERS, 403) },
    body: bodies.generateFor,
  },
  "GET /certificates/{serial}": { target: "freshCertificate", own: EVERYONE, other: EVERYONE },
  "GET /certificates/{serial}/credential": { target: "freshCertificate", own: EVERYONE, other: EVERYONE },
  "GET /certificates/status-list": { target: "none", allowed: EVERYONE },
  "POST /certificates/verify": { target: "none", allowed: EVERYONE, body: bodies.credentialToVerify },
  "POST /certificates/{serial}/revoke": {
    target: "freshCertificate",
    own: ["universityAdmin", "supervisor"],
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, "universityAdmin:other": 404, "supervisor:other": 404 },
    body: bodies.revocation,
  },
  "POST /certificates/{serial}/reinstate": {
    target: "freshRevokedCertificate",
    own: ["universityAdmin", "supervisor"],
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, "universityAdmin:other": 404, "supervisor:other": 404 },
    body: bodies.revocation,
  },
  "POST /certificates/batches": {
    target: "university",
    own: ["universityAdmin"],
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, "universityAdmin:other": 404 },
    body: bodies.promotion,
  },
  "GET /universities/{id}/evaluation-forms/{kind}": { ...UNIVERSITY_STAFF_ONLY, target: "evaluationForm" },
  "PUT /universities/{id}/evaluation-forms/{kind}": {
    target: "evaluationForm",
    own: ["universityAdmin"],
    other: ["systemAdmin"],
    refused: { default: 403, anonymous: 401, "universityAdmin:other": 404 },
    body: bodies.evaluationForm,
  },
};

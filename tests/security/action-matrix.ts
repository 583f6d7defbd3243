import type { ErrorCode } from "@/lib/core/errors";
import { each, type Rule } from "./access-matrix";
import { ENTERPRISE_ADMINS, EVERYONE, HOME, OFFER_MANAGERS, SIGNED_IN, STUDENTS, type ActorName } from "./actors";
import { bodies, type BodyContext } from "./bodies";
import { linkToken, PASSWORD, throwawayUser, totpState, type World } from "./world";

export type ActionRule = Rule<ErrorCode> & {
  /** The argument the form passes: minimal and valid, so that "allowed" is `{ ok: true }`. */
  input: (context: BodyContext) => unknown;
};

const REFUSED = { default: "FORBIDDEN", anonymous: "UNAUTHENTICATED" } as const;
const OWN_STUDENT: Pick<ActionRule, "target" | "own" | "refused"> = { target: "self", own: STUDENTS, refused: REFUSED };
const ENTERPRISE_ADMIN: Pick<ActionRule, "target" | "own" | "refused"> = {
  target: "self",
  own: ENTERPRISE_ADMINS,
  refused: REFUSED,
};
const PUBLISHERS = ["enterpriseAdmin", "recruiter", "otherEnterprise"] as const;

/** Everyone signed in but the system admin, whose second factor is on and must stay on. */
const WITHOUT_TOTP = SIGNED_IN.filter((actor) => actor !== "systemAdmin");
/** Sets the caller's second factor up for the action (never the system admin's: it must stay on). */
const totpCodeOf = async (world: World, actor: ActorName, state: "pending" | "enabled") =>
  actor === "anonymous" || actor === "systemAdmin" ? "123456" : totpState(world.users[actor].id, state);

let counter = 0;
const freshEmail = () => `invited-${Date.now().toString(36)}-${++counter}@example.test`;
/** The name of the caller's own enterprise, which a verified enterprise must keep. */
const homeEnterpriseName = (world: World, actor: ActorName) => world[HOME[actor] ?? "A"].enterpriseName;

/**
 * Every exported server action × every actor × own/other row, keyed "<file under app/>#<export>".
 * Server actions are public POST endpoints: each must refuse by itself. An action without an
 * entry here fails action-matrix.test.ts.
 */
export const ACTION_ACCESS: Record<string, ActionRule> = {
  "(app)/admin/verifications/actions#decide": {
    target: "pendingVerification",
    other: ["systemAdmin"],
    refused: REFUSED,
    input: ({ target }) => ({ enterpriseId: target.id, decision: "VERIFY" }),
  },

  "(app)/enterprise/actions#saveProfile": {
    ...ENTERPRISE_ADMIN,
    input: ({ world, actor }) => ({
      ...bodies.enterpriseProfile({ world, actor, target: {} }),
      name: homeEnterpriseName(world, actor),
    }),
  },
  "(app)/enterprise/actions#uploadLogo": { ...ENTERPRISE_ADMIN, input: bodies.logo },
  "(app)/enterprise/actions#invite": { ...ENTERPRISE_ADMIN, input: () => ({ email: freshEmail(), role: "RECRUITER" }) },
  "(app)/enterprise/actions#remove": {
    target: "freshMember",
    own: ENTERPRISE_ADMINS,
    refused: { ...REFUSED, ...each(ENTERPRISE_ADMINS, "NOT_FOUND") },
    input: ({ target }) => ({ memberId: target.memberId }),
  },
  // Only an unverified enterprise asks; a verified one is told it already is.
  "(app)/enterprise/actions#askVerification": {
    target: "self",
    own: ["unverifiedEnterprise"],
    refused: { ...REFUSED, enterpriseAdmin: "CONFLICT", otherEnterprise: "CONFLICT" },
    input: bodies.verificationRequest,
  },

  "(app)/enterprise/offers/actions#saveOffer": {
    target: "draftOffer",
    own: OFFER_MANAGERS,
    refused: REFUSED,
    input: ({ target }) => ({ id: target.id, values: bodies.offer() }),
  },
  "(app)/enterprise/offers/actions#publish": {
    target: "freshDraft",
    own: PUBLISHERS,
    refused: REFUSED,
    input: ({ target }) => target.id,
  },
  "(app)/enterprise/offers/actions#close": {
    target: "freshPublished",
    own: PUBLISHERS,
    refused: REFUSED,
    input: ({ target }) => target.id,
  },
  "(app)/enterprise/offers/actions#duplicate": {
    target: "draftOffer",
    own: OFFER_MANAGERS,
    refused: REFUSED,
    input: ({ target }) => target.id,
  },
  "(app)/enterprise/offers/actions#remove": {
    target: "freshDraft",
    own: OFFER_MANAGERS,
    refused: REFUSED,
    input: ({ target }) => target.id,
  },

  "(app)/profile/actions#saveAccount": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: () => ({ name: "Camille Martin", locale: "fr" }),
  },

  // Two-step verification and sessions: each user their own. System admins must keep theirs.
  "(app)/profile/actions#beginTotpEnrolment": {
    target: "self",
    own: WITHOUT_TOTP,
    refused: { default: "CONFLICT", anonymous: "UNAUTHENTICATED" },
    input: () => null,
  },
  "(app)/profile/actions#confirmTotpEnrolment": {
    target: "self",
    own: WITHOUT_TOTP,
    refused: { default: "CONFLICT", anonymous: "UNAUTHENTICATED" },
    input: async ({ world, actor }) => ({ code: await totpCodeOf(world, actor, "pending") }),
  },
  "(app)/profile/actions#turnOffTotp": {
    target: "self",
    own: WITHOUT_TOTP,
    refused: { default: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
    input: async ({ world, actor }) => ({ code: await totpCodeOf(world, actor, "enabled") }),
  },
  "(app)/profile/actions#endOwnSession": {
    target: "freshSession",
    own: SIGNED_IN,
    refused: { default: "NOT_FOUND", anonymous: "UNAUTHENTICATED" },
    input: ({ target }) => target.id,
  },

  "(app)/student/profile/actions#saveProfile": { ...OWN_STUDENT, input: bodies.studentProfile },
  "(app)/student/profile/actions#saveSkills": { ...OWN_STUDENT, input: bodies.skills },
  "(app)/student/profile/actions#addRecord": { ...OWN_STUDENT, input: bodies.academicRecord },
  "(app)/student/profile/actions#savePreferences": { ...OWN_STUDENT, input: bodies.preferences },
  "(app)/student/profile/actions#uploadCvFile": { ...OWN_STUDENT, input: bodies.cv },
  "(app)/student/profile/actions#removeRecord": {
    target: "freshRecord",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => target.recordId,
  },
  "(app)/student/saved/actions#setFavourite": {
    ...OWN_STUDENT,
    input: ({ world }) => ({ offerId: world.A.publishedOfferId, saved: true }),
  },
  "(app)/student/searches/actions#removeSavedSearch": {
    target: "freshSavedSearch",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => ({ id: target.id }),
  },
  "(app)/student/searches/actions#changeSearchAlerts": {
    target: "savedSearch",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => ({ id: target.id, alertsEnabled: false }),
  },
  "(app)/student/applications/actions#saveApplicationDraft": {
    target: "freshDraftApplication",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => ({ id: target.id, offerId: target.offerId, values: bodies.applicationDraft() }),
  },
  "(app)/student/applications/actions#sendApplication": {
    target: "freshDraftApplication",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => ({ id: target.id, offerId: target.offerId, values: bodies.applicationDraft() }),
  },
  "(app)/student/applications/actions#withdraw": {
    target: "freshSentApplication",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => ({ id: target.id, reason: "J'ai trouvé un autre stage." }),
  },
  "(app)/student/applications/actions#bookSlot": {
    target: "freshShortlistedSlot",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => ({ slotId: target.id, applicationId: target.applicationId }),
  },
  "(app)/student/applications/actions#cancelBooking": {
    target: "freshBooking",
    own: [...STUDENTS, ...PUBLISHERS],
    refused: { ...REFUSED, ...each([...STUDENTS, ...PUBLISHERS, "unverifiedEnterprise"], "NOT_FOUND") },
    input: ({ target }) => ({ id: target.id }),
  },
  "(app)/enterprise/applications/actions#publishSlot": {
    target: "draftOffer",
    own: [...PUBLISHERS, "unverifiedEnterprise"],
    refused: { ...REFUSED, ...each([...PUBLISHERS, "unverifiedEnterprise"], "NOT_FOUND") },
    input: ({ target }) => ({ offerId: target.id, slot: bodies.interviewSlot() }),
  },
  "(app)/enterprise/applications/actions#deleteSlot": {
    target: "freshSlot",
    own: [...PUBLISHERS, "unverifiedEnterprise"],
    refused: { ...REFUSED, ...each([...PUBLISHERS, "unverifiedEnterprise"], "NOT_FOUND") },
    input: ({ target }) => ({ id: target.id }),
  },
  "(app)/enterprise/applications/actions#moveApplication": {
    target: "freshSentApplication",
    own: PUBLISHERS,
    refused: {
      ...REFUSED,
      ...each([...PUBLISHERS, "unverifiedEnterprise", ...STUDENTS], "NOT_FOUND"),
      // A student may only send or withdraw their own: reviewing it is not their move.
      "student:own": "CONFLICT",
      "otherStudent:own": "CONFLICT",
    },
    input: ({ target }) => ({ id: target.id, change: bodies.reviewApplication() }),
  },
  "(app)/notifications/actions#readNotification": {
    target: "freshNotification",
    own: SIGNED_IN,
    refused: { default: "NOT_FOUND", anonymous: "UNAUTHENTICATED" },
    input: ({ target }) => target.id,
  },
  "(app)/notifications/actions#readAllNotifications": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: () => null,
  },
  "(app)/notifications/actions#savePreferences": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: bodies.notificationPreferences,
  },

  "(site)/offers/actions#saveCurrentSearch": {
    ...OWN_STUDENT,
    input: () => ({ name: "Stages à Lyon", criteria: { q: "stage", city: ["Lyon"] } }),
  },

  // A university admin invites to their own university; a system admin to any.
  "(app)/university/staff/actions#invite": {
    target: "university",
    own: ["universityAdmin"],
    other: ["systemAdmin"],
    refused: REFUSED,
    input: ({ target }) => ({ email: freshEmail(), role: "UNIVERSITY_SUPERVISOR", universityId: target.universityId }),
  },

  // The doors in: open to anyone, signed in or not (Auth.js's signIn/signOut are stubbed).
  "(auth)/actions#signInWithPassword": { target: "none", allowed: EVERYONE, input: bodies.login },
  "(auth)/actions#register": { target: "none", allowed: EVERYONE, input: bodies.register },
  "(auth)/actions#confirmEmail": { target: "none", allowed: EVERYONE, input: bodies.verifyEmail },
  "(auth)/actions#askPasswordReset": { target: "none", allowed: EVERYONE, input: bodies.askPasswordReset },
  "(auth)/actions#chooseNewPassword": {
    target: "none",
    allowed: EVERYONE,
    input: async () => ({
      token: await linkToken("RESET_PASSWORD", { userId: (await throwawayUser()).id }),
      password: "Brand-new-pass-1",
    }),
  },
  "(auth)/actions#joinUniversity": {
    target: "none",
    allowed: EVERYONE,
    input: async ({ world }) => ({
      token: await linkToken("INVITATION", {
        data: { role: "UNIVERSITY_SUPERVISOR", universityId: world.A.universityId },
      }),
      name: "Nouvelle Encadrante",
      password: PASSWORD,
    }),
  },
  "(auth)/actions#signOutAction": { target: "none", allowed: EVERYONE, input: () => null },
  // Every fixture account has confirmed its address: there is nothing to send again.
  "(auth)/actions#sendVerificationAgain": {
    target: "self",
    refused: { default: "CONFLICT", anonymous: "UNAUTHENTICATED" },
    input: () => null,
  },

  "locale-actions#setLocale": { target: "none", allowed: EVERYONE, input: () => "en" },
};

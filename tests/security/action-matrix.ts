import type { ErrorCode } from "@/lib/core/errors";
import { DEFAULT_CIRCUIT } from "@/lib/agreements/schemas";
import { each, type Rule } from "./access-matrix";
import {
  ENTERPRISE_ADMINS,
  EVERYONE,
  HOME,
  MEMBERS,
  OFFER_MANAGERS,
  SIGNED_IN,
  STAFF,
  STUDENTS,
  VERIFIED_MEMBERS,
  type ActorName,
} from "./actors";
import { answersOf, bodies, type BodyContext } from "./bodies";
import { db } from "@/lib/core/db";
import { issueGuestLink } from "@/lib/identity/guest-link";
import { defaultWording } from "@/lib/notifications/default-email-wording";
import { digest, newToken } from "@/lib/identity/secure-token";
import { importSourceOf } from "./import-rows";
import { activeInternshipOf } from "./internship-rows";
import { linkToken, PASSWORD, temporaryPassword, throwawayUser, totpState, type World } from "./world";

export type ActionRule = Rule<ErrorCode> & {
  /** The argument the form passes: minimal and valid, so that "allowed" is `{ ok: true }`. */
  input: (context: BodyContext) => unknown;
  /** Undoes what an allowed call changed of the world's own users, for the cells after it. */
  after?: (context: BodyContext) => Promise<unknown>;
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

/** Takes back a deletion an allowed cell scheduled. */
const keepUser = (world: World, actor: ActorName) =>
  actor === "anonymous"
    ? Promise.resolve()
    : db.user.update({ where: { id: world.users[actor].id }, data: { deletionScheduledFor: null } });

let counter = 0;
const freshEmail = () => `invited-${Date.now().toString(36)}-${++counter}@example.test`;
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${++counter}`;
const UNIVERSITY_ADMIN: Pick<ActionRule, "target" | "own" | "other" | "refused"> = {
  target: "university",
  own: ["universityAdmin"],
  other: ["systemAdmin"],
  refused: { ...REFUSED, "universityAdmin:other": "NOT_FOUND" },
};
const departmentOf = async (universityId: string) =>
  (await db.department.create({ data: { universityId, name: unique("Département") } })).id;
/** A staff invitation of the university, not accepted yet. */
const invitationOf = async (universityId: string) =>
  (
    await db.authToken.create({
      data: {
        purpose: "INVITATION",
        tokenHash: digest(newToken()),
        email: freshEmail(),
        data: { role: "UNIVERSITY_SUPERVISOR", universityId, departmentId: null, name: "Invitée" },
        expiresAt: new Date(Date.now() + 86400_000),
      },
    })
  ).id;
const rosterForm = (universityId: string) => {
  const form = bodies.roster() as FormData;
  form.set("universityId", universityId);
  return form;
};
/** The name of the caller's own enterprise, which a verified enterprise must keep. */
const homeEnterpriseName = (world: World, actor: ActorName) => world[HOME[actor] ?? "A"].enterpriseName;

const AGREEMENT_EDITORS: Pick<ActionRule, "target" | "own" | "other" | "refused"> = {
  target: "freshAgreement",
  own: [...STUDENTS, "enterpriseAdmin", "recruiter", "otherEnterprise", "universityAdmin"],
  other: ["systemAdmin"],
  refused: { default: "NOT_FOUND", anonymous: "UNAUTHENTICATED" },
};
/** Every party of an agreement reads it (and proposes an amendment once it is validated). */
const AGREEMENT_READERS: Pick<ActionRule, "target" | "own" | "other" | "refused"> = {
  target: "freshValidatedAgreement",
  own: [...STUDENTS, "enterpriseAdmin", "recruiter", "tutor", "otherEnterprise", ...STAFF],
  other: ["systemAdmin"],
  refused: { default: "NOT_FOUND", anonymous: "UNAUTHENTICATED" },
};
/** The default circuit's later signers wait their turn; a recruiter and a system admin sign nothing. */
const AGREEMENT_SIGNER: Pick<ActionRule, "target" | "own" | "refused"> = {
  target: "freshSigningAgreement",
  own: STUDENTS,
  refused: {
    default: "NOT_FOUND",
    anonymous: "UNAUTHENTICATED",
    systemAdmin: "FORBIDDEN",
    "recruiter:own": "FORBIDDEN",
    ...Object.fromEntries(
      ["enterpriseAdmin", "otherEnterprise", "tutor", "universityAdmin", "supervisor"].map((a) => [
        `${a}:own`,
        "CONFLICT",
      ]),
    ),
  },
};

/**
 * Every exported server action × every actor × own/other row, keyed "<file under app/>#<export>".
 * Server actions are public POST endpoints: each must refuse by itself. An action without an
 * entry here fails action-matrix.test.ts.
 */
/** A tutor's e-mailed evaluation link (TUTOR_FINAL) for a fresh internship under way of side A; "used" already used. */
const evaluationLinkOf = async (world: World, state: "valid" | "used") => {
  const internshipId = await activeInternshipOf(world.A);
  const { token, id } = await db.$transaction((tx) =>
    issueGuestLink(tx, "EVALUATION_LINK", { email: freshEmail() }, { internshipId, kind: "TUTOR_FINAL" }, 72),
  );
  if (state === "used") await db.authToken.update({ where: { id }, data: { usedAt: new Date() } });
  return token;
};

const INTERNSHIP_REFUSED = { default: "NOT_FOUND", anonymous: "UNAUTHENTICATED", systemAdmin: "FORBIDDEN" } as const;
const internshipOwn = (actors: readonly ActorName[]) =>
  Object.fromEntries(actors.map((actor) => [`${actor}:own`, "FORBIDDEN"])) as Partial<
    Record<`${ActorName}:own`, ErrorCode>
  >;

export const ACTION_ACCESS: Record<string, ActionRule> = {
  // Agreements: the same rules as their API operations (access-matrix.ts).
  "(app)/agreements/actions#draft": {
    target: "freshAcceptedApplication",
    own: [...STUDENTS, "universityAdmin"],
    other: ["systemAdmin"],
    refused: {
      ...REFUSED,
      "student:other": "NOT_FOUND",
      "otherStudent:other": "NOT_FOUND",
      "universityAdmin:other": "NOT_FOUND",
    },
    input: ({ target }) => ({ universityId: target.id, applicationId: target.applicationId }),
  },
  "(app)/agreements/actions#save": {
    ...AGREEMENT_EDITORS,
    input: ({ target }) => ({ id: target.id, values: { weeklyHours: 30 } }),
  },
  "(app)/agreements/actions#submit": { ...AGREEMENT_EDITORS, input: ({ target }) => ({ id: target.id }) },
  "(app)/agreements/actions#sign": {
    ...AGREEMENT_SIGNER,
    input: ({ target }) => ({ id: target.id, password: PASSWORD, typedName: "Camille Martin", consent: true }),
  },
  "(app)/agreements/actions#refuse": {
    ...AGREEMENT_SIGNER,
    input: ({ target }) => ({ id: target.id, reason: "Les dates ne conviennent pas." }),
  },
  "(app)/agreements/actions#saveSigningCircuit": {
    target: "university",
    own: ["universityAdmin"],
    other: ["systemAdmin"],
    refused: REFUSED,
    input: ({ target }) => ({ universityId: target.id, steps: DEFAULT_CIRCUIT }),
  },
  "(app)/agreements/actions#saveTemplate": {
    target: "university",
    own: ["universityAdmin"],
    other: ["systemAdmin"],
    refused: REFUSED,
    input: ({ target }) => ({
      universityId: target.id,
      fr: [{ title: "Objet", body: "Le stage a une finalité pédagogique." }],
      en: [{ title: "Purpose", body: "The internship has an educational purpose." }],
    }),
  },
  // A department's own circuit and articles, removed: a fresh department with its own circuit each time.
  "(app)/agreements/actions#removeCircuitOverride": {
    target: "university",
    own: ["universityAdmin"],
    other: ["systemAdmin"],
    refused: REFUSED,
    input: async ({ target }) => {
      const departmentId = await departmentOf(target.id);
      await db.agreementCircuit.create({
        data: { universityId: target.id, departmentId, steps: { create: [{ order: 1, party: "STUDENT" }] } },
      });
      return { universityId: target.id, departmentId };
    },
  },
  // A paper signature's scan: the university's admins (and system admins), for the party at its turn.
  "(app)/agreements/actions#signOnPaper": {
    target: "freshSigningAgreement",
    own: ["universityAdmin"],
    other: ["systemAdmin"],
    refused: {
      default: "NOT_FOUND",
      anonymous: "UNAUTHENTICATED",
      ...Object.fromEntries(
        [...STUDENTS, "enterpriseAdmin", "recruiter", "tutor", "otherEnterprise", "supervisor"].map((a) => [
          `${a}:own`,
          "FORBIDDEN",
        ]),
      ),
    },
    input: ({ target }) => {
      const form = bodies.finalReport() as FormData;
      form.set("scan", form.get("file")!);
      form.delete("file");
      form.set("id", target.id!);
      form.set("party", "STUDENT");
      return form;
    },
  },
  "(app)/agreements/actions#proposeAmendmentAction": {
    ...AGREEMENT_READERS,
    target: "freshValidatedAgreement",
    input: ({ target }) => ({ id: target.id, values: { place: "Lyon, France" } }),
  },
  "(app)/agreements/actions#signAmendmentAction": {
    ...AGREEMENT_SIGNER,
    target: "freshAmendment",
    input: ({ target }) => ({
      id: target.id,
      amendmentId: target.amendmentId,
      password: PASSWORD,
      typedName: "Camille Martin",
      consent: true,
    }),
  },
  "(app)/agreements/actions#refuseAmendmentAction": {
    ...AGREEMENT_SIGNER,
    target: "freshAmendment",
    input: ({ target }) => ({ id: target.id, amendmentId: target.amendmentId, reason: "Le lieu ne convient pas." }),
  },
  "(app)/agreements/actions#remind": {
    target: "university",
    own: ["universityAdmin"],
    other: ["systemAdmin"],
    refused: REFUSED,
    input: ({ target }) => ({ universityId: target.id, ids: ["cm0000000000000000000000"] }),
  },
  // The e-mailed link's pages: the code is the proof, whoever is signed in; a wrong one is refused.
  "sign/actions#signWithCode": {
    target: "freshSigningAgreement",
    refused: "INVALID_TOKEN",
    input: ({ target }) => ({ id: target.id, code: "not-a-code", typedName: "Camille Martin", consent: true }),
  },
  "sign/actions#refuseWithCode": {
    target: "freshSigningAgreement",
    refused: "INVALID_TOKEN",
    input: ({ target }) => ({ id: target.id, code: "not-a-code", reason: "Non." }),
  },
  "sign/actions#renewLink": { target: "none", refused: "INVALID_TOKEN", input: () => ({ code: "not-a-code" }) },
  // An amendment's link: an amendment that does not exist is not found, whatever the code.
  "sign/actions#signAmendmentWithCode": {
    target: "freshSigningAgreement",
    refused: "NOT_FOUND",
    input: ({ target }) => ({
      id: target.id,
      amendmentId: "cm0000000000000000000000",
      code: "not-a-code",
      typedName: "Camille Martin",
      consent: true,
    }),
  },
  "sign/actions#refuseAmendmentWithCode": {
    target: "freshSigningAgreement",
    refused: "NOT_FOUND",
    input: ({ target }) => ({
      id: target.id,
      amendmentId: "cm0000000000000000000000",
      code: "not-a-code",
      reason: "Non.",
    }),
  },
  "sign/actions#renewAmendmentLink": {
    target: "none",
    refused: "INVALID_TOKEN",
    input: () => ({ code: "not-a-code" }),
  },

  "(app)/admin/verifications/actions#decide": {
    target: "pendingVerification",
    other: ["systemAdmin"],
    refused: REFUSED,
    input: ({ target }) => ({ enterpriseId: target.id, decision: "VERIFY" }),
  },

  // Asking for an export of the audit log: its readers (a small one is a direct link, nothing written).
  "(app)/exports/actions#requestExportAction": {
    target: "none",
    allowed: ["systemAdmin", "universityAdmin"],
    refused: REFUSED,
    input: () => ({ kind: "audit", format: "csv", filters: { action: "nothing.like.this" } }),
  },

  // A system admin's actions on accounts; everyone else is refused.
  // The health page's "Retry now": system admins only, on a fresh failed event each call (removed after).
  "(app)/admin/health/actions#retryEventAction": {
    target: "none",
    allowed: ["systemAdmin"],
    refused: REFUSED,
    input: async () =>
      (
        await db.outboxEvent.create({
          data: {
            name: "user.registered",
            data: { userId: "nobody" },
            attempts: 1,
            lastError: "failed",
            availableAt: new Date(Date.now() + 3600_000),
          },
        })
      ).id,
    after: () => db.outboxEvent.deleteMany({ where: { data: { equals: { userId: "nobody" } } } }),
  },
  // The wording of the platform's e-mails: system admins only. The wording written is the default one (an
  // e-mail sent meanwhile reads the same), removed after an allowed call; the preview writes nothing.
  "(app)/admin/email-templates/actions#saveEmailWording": {
    target: "none",
    allowed: ["systemAdmin"],
    refused: REFUSED,
    input: () => ({ key: "applicationUNDER_REVIEW", locale: "ar", ...defaultWording("applicationUNDER_REVIEW", "ar") }),
    after: () => db.notificationTemplate.deleteMany({ where: { key: "applicationUNDER_REVIEW", locale: "ar" } }),
  },
  "(app)/admin/email-templates/actions#previewEmailWording": {
    target: "none",
    allowed: ["systemAdmin"],
    refused: REFUSED,
    input: () => ({ key: "verifyEmail", locale: "en", ...defaultWording("verifyEmail", "en") }),
  },
  "(app)/admin/email-templates/actions#resetEmailWording": {
    target: "none",
    allowed: ["systemAdmin"],
    refused: REFUSED,
    input: async () => {
      const key = "applicationUNDER_REVIEW";
      const wording = defaultWording(key, "ar");
      await db.notificationTemplate.upsert({
        where: { key_locale_channel: { key, locale: "ar", channel: "EMAIL" } },
        create: { key, locale: "ar", channel: "EMAIL", ...wording },
        update: wording,
      });
      return { key, locale: "ar" };
    },
    after: () => db.notificationTemplate.deleteMany({ where: { key: "applicationUNDER_REVIEW", locale: "ar" } }),
  },
  "(app)/admin/users/actions#disableUser": {
    target: "freshUser",
    other: ["systemAdmin"],
    refused: REFUSED,
    input: ({ target }) => target.id,
  },
  "(app)/admin/users/actions#enableUser": {
    target: "freshDisabledUser",
    other: ["systemAdmin"],
    refused: REFUSED,
    input: ({ target }) => target.id,
  },
  "(app)/admin/users/actions#resendConfirmation": {
    target: "freshUnconfirmedUser",
    other: ["systemAdmin"],
    refused: REFUSED,
    input: ({ target }) => target.id,
  },
  // Anyone may delete their own account, except an enterprise's only admin and the only system admin.
  "(app)/profile/actions#askAccountDeletion": {
    target: "self",
    own: [...STUDENTS, "recruiter", "tutor", ...STAFF],
    refused: { default: "CONFLICT", anonymous: "UNAUTHENTICATED" },
    input: () => ({ password: PASSWORD, confirm: true }),
    after: ({ world, actor }) => keepUser(world, actor),
  },
  "(app)/profile/actions#keepAccount": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: async ({ world, actor }) => {
      if (actor !== "anonymous")
        await db.user.update({ where: { id: world.users[actor].id }, data: { deletionScheduledFor: new Date() } });
      return null;
    },
  },
  // Each user their own calendar subscription (issue 15); an allowed renewal is revoked again after.
  "(app)/profile/calendar-actions#renewCalendarFeedAction": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: () => null,
    after: ({ world, actor }) =>
      actor === "anonymous"
        ? Promise.resolve()
        : db.calendarFeed.deleteMany({ where: { userId: world.users[actor].id } }),
  },
  "(app)/profile/calendar-actions#revokeCalendarFeedAction": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: () => null,
  },
  // Each user their own address, proving their password.
  "(app)/profile/actions#askEmailChange": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: () => ({ email: freshEmail(), password: PASSWORD }),
  },
  // Each user their own password, proving the current one; the change sets the world's password
  // back (from a temporary one), so the cells after it still sign in.
  "(app)/profile/actions#savePassword": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: async ({ world, actor }) => {
      if (actor !== "anonymous") await temporaryPassword(world.users[actor].id, "Passing-horse-11");
      return { currentPassword: "Passing-horse-11", password: PASSWORD };
    },
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
  // Reading the CV again queues a reading (the world's students have one); LinkedIn files are PDF or ZIP.
  "(app)/student/profile/actions#importFromCv": { ...OWN_STUDENT, input: () => ({}) },
  "(app)/student/profile/actions#importFromLinkedIn": { ...OWN_STUDENT, input: bodies.cv },
  "(app)/student/profile/actions#decideProfileProposal": {
    target: "freshProposal",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => ({ importId: target.importId, proposalId: target.proposalId, decision: "accept" }),
    // The accepted proposal is the skill Figma: the world's student goes back to their own skills.
    after: ({ world, actor }) =>
      db.studentSkill.deleteMany({
        where: { student: { userId: world.users[actor as "student"].id }, skill: { name: "Figma" } },
      }),
  },
  "(app)/student/profile/actions#decideAllProfileProposals": {
    target: "freshProposal",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => ({ importId: target.importId, decision: "reject" }),
  },
  "(app)/student/profile/actions#removeRecord": {
    target: "freshRecord",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => target.recordId,
  },
  "(app)/student/profile/actions#removeExperience": {
    target: "freshExperience",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => target.experienceId,
  },
  "(app)/student/profile/actions#removeLanguage": {
    target: "freshLanguage",
    own: STUDENTS,
    refused: { ...REFUSED, ...each(STUDENTS, "NOT_FOUND") },
    input: ({ target }) => target.language,
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
  "(app)/enterprise/offers/[id]/applicants/actions#bulkMove": {
    target: "freshSentApplication",
    own: PUBLISHERS,
    refused: { ...REFUSED, ...each([...PUBLISHERS, "unverifiedEnterprise"], "NOT_FOUND") },
    input: ({ target }) => ({ ids: [target.id], status: "UNDER_REVIEW" }),
  },
  "(app)/enterprise/applications/scorecard-actions#saveMyScorecard": {
    target: "application",
    own: VERIFIED_MEMBERS,
    refused: { ...REFUSED, ...each(MEMBERS, "NOT_FOUND") },
    input: ({ target }) => ({ applicationId: target.id, scorecard: bodies.scorecard() }),
  },
  "(app)/enterprise/applications/scorecard-actions#saveCriteria": {
    target: "draftOffer",
    own: [...PUBLISHERS, "unverifiedEnterprise"],
    refused: { ...REFUSED, ...each([...PUBLISHERS, "unverifiedEnterprise"], "NOT_FOUND") },
    input: ({ target }) => ({ offerId: target.id, ...bodies.scorecardCriteria() }),
  },
  "(app)/enterprise/templates/actions#saveTemplate": {
    target: "self",
    own: [...PUBLISHERS, "unverifiedEnterprise"],
    refused: REFUSED,
    input: bodies.rejectionTemplate,
  },
  "(app)/enterprise/templates/actions#removeTemplate": {
    target: "freshRejectionTemplate",
    own: [...PUBLISHERS, "unverifiedEnterprise"],
    refused: { ...REFUSED, ...each([...PUBLISHERS, "unverifiedEnterprise"], "NOT_FOUND") },
    input: ({ target }) => ({ id: target.id }),
  },
  "(app)/enterprise/templates/actions#templatesFor": {
    target: "application",
    own: PUBLISHERS,
    refused: { ...REFUSED, ...each([...PUBLISHERS, "unverifiedEnterprise"], "NOT_FOUND") },
    input: ({ target }) => ({ applicationId: target.id }),
  },
  // The applicant page: the enterprise cancels an interview (the domain lets the student cancel
  // their own too), records its outcome, and closes a filled offer.
  "(app)/enterprise/applications/[id]/actions#cancelInterview": {
    target: "freshBooking",
    own: [...STUDENTS, ...PUBLISHERS],
    refused: { ...REFUSED, ...each([...STUDENTS, ...PUBLISHERS, "unverifiedEnterprise"], "NOT_FOUND") },
    input: ({ target }) => ({ id: target.id, message: "Empêchement de notre côté." }),
  },
  "(app)/enterprise/applications/[id]/actions#recordOutcome": {
    target: "freshPastBooking",
    own: PUBLISHERS,
    refused: { ...REFUSED, ...each([...PUBLISHERS, "unverifiedEnterprise"], "NOT_FOUND") },
    input: ({ target }) => ({ id: target.id, outcome: "DONE", notes: "Entretien tenu." }),
  },
  "(app)/enterprise/applications/[id]/actions#closeFilledOffer": {
    target: "freshFilledOffer",
    own: PUBLISHERS,
    // The offers slice answers another enterprise's offer with 403.
    refused: REFUSED,
    input: ({ target }) => ({ offerId: target.id, message: "Les postes sont pourvus." }),
  },
  // The assistant panel: anyone signed in asks, and deletes their own conversations.
  "(app)/assistant/actions#askAssistant": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: bodies.assistantMessage,
  },
  "(app)/assistant/actions#deleteAssistantConversation": {
    target: "freshConversation",
    own: SIGNED_IN,
    refused: { default: "NOT_FOUND", anonymous: "UNAUTHENTICATED" },
    input: ({ target }) => target.id,
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
  "(app)/notifications/actions#saveDeliverySettings": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: () => ({ emailDigest: false, quietStart: null, quietEnd: null, timeZone: "Europe/Paris" }),
    // The defaults written as a row: removed, so the caller's settings stay the defaults they were.
    after: ({ world, actor }) =>
      actor === "anonymous"
        ? Promise.resolve()
        : db.notificationSettings.deleteMany({ where: { userId: world.users[actor].id } }),
  },
  "(app)/notifications/actions#subscribeThisBrowser": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: bodies.pushSubscription,
  },
  "(app)/notifications/actions#unsubscribeThisBrowser": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: bodies.pushEndpoint,
  },
  "(app)/notifications/actions#sendPushTest": {
    target: "self",
    own: SIGNED_IN,
    refused: "UNAUTHENTICATED",
    input: () => null,
  },

  // "Run now" on an import source: system admins on any, an enterprise's admins on their own
  // (another enterprise's reads as not found); a fresh source each call.
  "(app)/admin/imports/actions#runImportNow": {
    target: "self",
    own: ["systemAdmin", ...ENTERPRISE_ADMINS],
    refused: REFUSED,
    input: async ({ world, actor }) =>
      importSourceOf(
        actor === "otherEnterprise"
          ? world.B.enterpriseId
          : actor === "unverifiedEnterprise"
            ? world.C.enterpriseId
            : world.A.enterpriseId,
      ),
  },
  // The imports page's and the careers-page card's forms: a new source (a new URL each call), and a
  // source's settings saved (a fresh source of the caller's own enterprise each call).
  "(app)/admin/imports/actions#createSource": {
    target: "none",
    allowed: ["systemAdmin", ...ENTERPRISE_ADMINS],
    refused: REFUSED,
    input: bodies.importSource,
  },
  "(app)/admin/imports/actions#updateSource": {
    target: "self",
    own: ["systemAdmin", ...ENTERPRISE_ADMINS],
    refused: REFUSED,
    input: async (context) => ({
      sourceId: await importSourceOf(
        context.actor === "otherEnterprise"
          ? context.world.B.enterpriseId
          : context.actor === "unverifiedEnterprise"
            ? context.world.C.enterpriseId
            : context.world.A.enterpriseId,
      ),
      source: { ...(bodies.importSource() as object), enabled: false },
    }),
  },
  // A student leaving for an imported offer's original posting: recorded among their applications
  // (a new imported offer each call, so an allowed call really writes).
  "(site)/offers/[id]/actions#recordExternalApplicationAction": {
    ...OWN_STUDENT,
    input: async ({ world }) =>
      (
        await db.offer.create({
          data: {
            enterpriseId: world.A.enterpriseId,
            title: unique("Stage importé"),
            description: "Une offre lue sur le site de l'entreprise.",
            field: "Other",
            city: "Lyon",
            country: "FR",
            durationWeeks: 24,
            status: "PUBLISHED",
            publishedAt: new Date(),
            source: "IMPORTED",
            externalId: unique("ext"),
            externalUrl: "https://careers.example.test/jobs/1",
          },
        })
      ).id,
  },
  // An imported offer is claimed by an admin of the verified enterprise it is named after.
  "(site)/offers/[id]/claim-actions#claimImportedOfferAction": {
    target: "freshImportedOffer",
    own: ["enterpriseAdmin", "otherEnterprise"],
    refused: REFUSED,
    input: ({ target }) => target.id,
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

  // The university's structure, staff and roster: its own admins, or a system admin; another
  // university's admin finds nothing, supervisors and everyone else are refused.
  "(app)/university/actions#addDepartment": {
    ...UNIVERSITY_ADMIN,
    input: ({ target }) => ({ universityId: target.universityId, name: unique("Département") }),
  },
  "(app)/university/actions#renameDepartmentAction": {
    ...UNIVERSITY_ADMIN,
    input: async ({ target }) => ({
      universityId: target.universityId,
      departmentId: await departmentOf(target.universityId!),
      name: unique("Département"),
    }),
  },
  "(app)/university/actions#removeDepartmentAction": {
    ...UNIVERSITY_ADMIN,
    input: async ({ target }) => ({
      universityId: target.universityId,
      departmentId: await departmentOf(target.universityId!),
    }),
  },
  "(app)/university/actions#addProgram": {
    ...UNIVERSITY_ADMIN,
    input: async ({ target }) => ({
      universityId: target.universityId,
      departmentId: await departmentOf(target.universityId!),
      name: unique("Master"),
      level: "MASTER",
      years: 2,
    }),
  },
  "(app)/university/actions#editProgram": {
    ...UNIVERSITY_ADMIN,
    input: async ({ target }) => {
      const departmentId = await departmentOf(target.universityId!);
      const program = await db.program.create({ data: { departmentId, name: unique("Licence") } });
      return {
        universityId: target.universityId,
        programId: program.id,
        departmentId,
        name: unique("Licence"),
        level: "BACHELOR",
        years: 3,
      };
    },
  },
  "(app)/university/actions#removeProgramAction": {
    ...UNIVERSITY_ADMIN,
    input: async ({ target }) => {
      const departmentId = await departmentOf(target.universityId!);
      const program = await db.program.create({ data: { departmentId, name: unique("Licence") } });
      return { universityId: target.universityId, programId: program.id };
    },
  },
  "(app)/university/actions#inviteSupervisorAction": {
    ...UNIVERSITY_ADMIN,
    input: ({ target }) => ({ universityId: target.universityId, name: "Nouvelle Encadrante", email: freshEmail() }),
  },
  "(app)/university/actions#resendInvitationAction": {
    ...UNIVERSITY_ADMIN,
    input: async ({ target }) => ({
      universityId: target.universityId,
      invitationId: await invitationOf(target.universityId!),
    }),
  },
  "(app)/university/actions#cancelInvitationAction": {
    ...UNIVERSITY_ADMIN,
    input: async ({ target }) => ({
      universityId: target.universityId,
      invitationId: await invitationOf(target.universityId!),
    }),
  },
  "(app)/university/actions#previewRoster": {
    ...UNIVERSITY_ADMIN,
    input: ({ target }) => rosterForm(target.universityId!),
  },
  "(app)/university/actions#importRosterAction": {
    ...UNIVERSITY_ADMIN,
    input: ({ target }) => rosterForm(target.universityId!),
  },

  // The doors in: open to anyone, signed in or not (Auth.js's signIn/signOut are stubbed).
  "(auth)/actions#signInWithPassword": { target: "none", allowed: EVERYONE, input: bodies.login },
  "(auth)/actions#register": { target: "none", allowed: EVERYONE, input: bodies.register },
  "(auth)/actions#confirmEmail": { target: "none", allowed: EVERYONE, input: bodies.verifyEmail },
  "(auth)/actions#confirmNewEmail": {
    target: "none",
    allowed: EVERYONE,
    input: async () => {
      const user = await throwawayUser();
      return {
        token: await linkToken("CHANGE_EMAIL", { userId: user.id, email: freshEmail(), data: { from: user.email } }),
      };
    },
  },
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

  // The internship page: each party its own share (FORBIDDEN), the rest read it as unknown.
  "(app)/internships/actions#saveLogbookWeek": {
    target: "freshInternship",
    own: STUDENTS,
    refused: { ...INTERNSHIP_REFUSED, ...internshipOwn(["enterpriseAdmin", "tutor", "otherEnterprise", ...STAFF]) },
    input: ({ target }) => ({ id: target.id, values: bodies.logbookWeek() }),
  },
  "(app)/internships/actions#attachLogbookFiles": {
    target: "freshActivity",
    own: STUDENTS,
    refused: { ...INTERNSHIP_REFUSED, ...internshipOwn(["enterpriseAdmin", "tutor", "otherEnterprise", ...STAFF]) },
    input: (context) => bodies.logbookAttachment(context) as FormData,
  },
  "(app)/internships/actions#commentLogbookWeek": {
    target: "freshActivity",
    own: ["enterpriseAdmin", "tutor", "otherEnterprise", "supervisor"],
    refused: { ...INTERNSHIP_REFUSED, ...internshipOwn([...STUDENTS, "universityAdmin"]) },
    input: ({ target }) => ({ id: target.id, weekId: target.weekId, ...bodies.logbookComment() }),
  },
  "(app)/internships/actions#recordAttendanceDay": {
    target: "freshInternship",
    own: [...STUDENTS, "enterpriseAdmin", "tutor", "otherEnterprise"],
    refused: { ...INTERNSHIP_REFUSED, ...internshipOwn(STAFF) },
    input: ({ target }) => ({ id: target.id, values: bodies.attendanceDay() }),
  },
  "(app)/internships/actions#raiseInternshipIssue": {
    target: "freshInternship",
    own: [...STUDENTS, "enterpriseAdmin", "tutor", "otherEnterprise", ...STAFF],
    refused: INTERNSHIP_REFUSED,
    input: ({ target }) => ({ id: target.id, values: bodies.internshipIssue() }),
  },
  "(app)/internships/actions#resolveInternshipIssue": {
    target: "freshIssue",
    own: STAFF,
    refused: { ...INTERNSHIP_REFUSED, ...internshipOwn([...STUDENTS, "enterpriseAdmin", "tutor", "otherEnterprise"]) },
    input: ({ target }) => ({ id: target.id, issueId: target.issueId, ...bodies.issueResolution() }),
  },
  "(app)/internships/actions#changeStatusOfInternship": {
    target: "freshInternship",
    own: STAFF,
    refused: { ...INTERNSHIP_REFUSED, ...internshipOwn([...STUDENTS, "enterpriseAdmin", "tutor", "otherEnterprise"]) },
    input: ({ target }) => ({ id: target.id, ...(bodies.earlyEnd() as object) }),
  },
  // Certificates: the same rules as their API operations (access-matrix.ts).
  "(app)/internships/[id]/certificate-actions#generateInternshipDocumentAction": {
    target: "freshCompletedInternship",
    own: [...STUDENTS, ...STAFF],
    other: ["systemAdmin"],
    refused: { ...REFUSED, default: "NOT_FOUND", ...each(MEMBERS, "FORBIDDEN") },
    input: ({ target }) => ({ id: target.id, kind: "CERTIFICATE" }),
  },
  "(app)/university/certificates/actions#requestPromotionAction": {
    ...UNIVERSITY_ADMIN,
    input: (context) => bodies.promotion(context),
  },
  "(app)/university/certificates/actions#revokeCertificateAction": {
    target: "freshCertificate",
    own: ["universityAdmin", "supervisor"],
    other: ["systemAdmin"],
    refused: { ...REFUSED, "universityAdmin:other": "NOT_FOUND", "supervisor:other": "NOT_FOUND" },
    input: ({ target }) => ({ serial: target.serial, ...bodies.revocation() }),
  },
  "(app)/university/certificates/actions#reinstateCertificateAction": {
    target: "freshRevokedCertificate",
    own: ["universityAdmin", "supervisor"],
    other: ["systemAdmin"],
    refused: { ...REFUSED, "universityAdmin:other": "NOT_FOUND", "supervisor:other": "NOT_FOUND" },
    input: ({ target }) => ({ serial: target.serial, ...bodies.revocation() }),
  },
  // Visits: the same rules as their API operations (access-matrix.ts).
  "(app)/internships/[id]/visits/actions#proposeVisitAction": {
    target: "freshInternship",
    own: ["supervisor"],
    refused: {
      ...INTERNSHIP_REFUSED,
      ...internshipOwn([...STUDENTS, "enterpriseAdmin", "tutor", "otherEnterprise", "universityAdmin"]),
    },
    input: ({ target }) => ({ id: target.id, values: bodies.visitProposal() }),
  },
  "(app)/internships/[id]/visits/actions#pickVisitSlotAction": {
    target: "freshProposedVisit",
    own: [...STUDENTS, "tutor"],
    refused: { ...INTERNSHIP_REFUSED, ...internshipOwn(["enterpriseAdmin", "otherEnterprise", ...STAFF]) },
    input: ({ target }) => ({ id: target.id, visitId: target.visitId, slotId: target.slotId }),
  },
  "(app)/internships/[id]/visits/actions#reportVisitAction": {
    target: "freshScheduledVisit",
    own: ["supervisor"],
    refused: {
      ...INTERNSHIP_REFUSED,
      ...internshipOwn([...STUDENTS, "enterpriseAdmin", "tutor", "otherEnterprise", "universityAdmin"]),
    },
    input: ({ target }) => ({ id: target.id, visitId: target.visitId, values: bodies.visitReport() }),
  },
  "(app)/internships/[id]/visits/actions#moveVisitAction": {
    target: "freshUpcomingVisit",
    own: ["supervisor"],
    refused: {
      ...INTERNSHIP_REFUSED,
      ...internshipOwn([...STUDENTS, "enterpriseAdmin", "tutor", "otherEnterprise", "universityAdmin"]),
    },
    input: ({ target }) => ({ id: target.id, visitId: target.visitId, values: bodies.visitMove() }),
  },
  "(app)/internships/[id]/visits/actions#cancelVisitAction": {
    target: "freshUpcomingVisit",
    own: ["supervisor"],
    refused: {
      ...INTERNSHIP_REFUSED,
      ...internshipOwn([...STUDENTS, "enterpriseAdmin", "tutor", "otherEnterprise", "universityAdmin"]),
    },
    input: ({ target }) => ({ id: target.id, visitId: target.visitId }),
  },
  "(app)/internships/assign-actions#assignSupervisorAction": {
    target: "freshAssignment",
    own: ["universityAdmin"],
    refused: { ...REFUSED, "universityAdmin:other": "NOT_FOUND" },
    input: ({ target }) => ({ internshipIds: [target.internshipId], supervisorId: target.supervisorId }),
  },

  // Evaluations and the final report: the same rules as their API operations (access-matrix.ts).
  "(app)/internships/[id]/evaluations/actions#submitEvaluationAction": {
    target: "freshInternship",
    own: [...STUDENTS, "tutor", "supervisor"],
    refused: { ...INTERNSHIP_REFUSED, ...internshipOwn(["enterpriseAdmin", "otherEnterprise", "universityAdmin"]) },
    input: (context) => ({ internshipId: context.target.id, ...(bodies.evaluation(context) as object) }),
  },
  "(app)/internships/[id]/evaluations/actions#sendEvaluationLinkAction": {
    target: "freshInternship",
    own: ["enterpriseAdmin", "tutor", "otherEnterprise", ...STAFF],
    other: ["systemAdmin"],
    refused: { default: "NOT_FOUND", anonymous: "UNAUTHENTICATED", ...each(STUDENTS, "FORBIDDEN") },
    input: ({ target }) => ({ internshipId: target.id, ...bodies.evaluationLink() }),
  },
  "(app)/internships/[id]/evaluations/actions#uploadFinalReportAction": {
    target: "freshInternship",
    own: STUDENTS,
    refused: { ...REFUSED, "student:other": "NOT_FOUND", "otherStudent:other": "NOT_FOUND" },
    input: ({ target }) => {
      const form = bodies.finalReport() as FormData;
      form.set("internshipId", target.id!);
      return form;
    },
  },
  "(app)/internships/[id]/evaluations/actions#decideFinalReportAction": {
    target: "freshReport",
    own: STAFF,
    other: ["systemAdmin"],
    refused: { ...REFUSED, "universityAdmin:other": "NOT_FOUND", "supervisor:other": "NOT_FOUND" },
    input: ({ target }) => ({ internshipId: target.id, documentId: target.documentId, ...bodies.reportDecision() }),
  },
  // Internship documents: the student adds them; the staff following the internship decide (its
  // other parties are refused, outsiders read not found); the owner or a system admin deletes.
  "(app)/internships/[id]/document-actions#uploadInternshipDocumentAction": {
    target: "freshInternship",
    own: STUDENTS,
    refused: { ...REFUSED, "student:other": "NOT_FOUND", "otherStudent:other": "NOT_FOUND" },
    input: ({ world, target, actor }) => bodies.internshipDocument({ world, target, actor }) as FormData,
  },
  "(app)/internships/[id]/document-actions#decideDocumentAction": {
    target: "freshInternshipDocument",
    own: STAFF,
    other: ["systemAdmin"],
    refused: {
      default: "NOT_FOUND",
      anonymous: "UNAUTHENTICATED",
      ...internshipOwn([...STUDENTS, "enterpriseAdmin", "tutor", "otherEnterprise"]),
    },
    input: ({ target }) => ({ documentId: target.id, ...bodies.documentDecision() }),
  },
  "(app)/internships/[id]/document-actions#deleteDocumentAction": {
    target: "freshInternshipDocument",
    own: STUDENTS,
    other: ["systemAdmin"],
    refused: {
      default: "NOT_FOUND",
      anonymous: "UNAUTHENTICATED",
      ...internshipOwn(["enterpriseAdmin", "tutor", "otherEnterprise", ...STAFF]),
    },
    input: ({ target }) => ({ documentId: target.id }),
  },
  // A university's forms: written by its admins (another university's reads as not found).
  "(app)/university/evaluation-forms/actions#saveEvaluationFormAction": {
    target: "evaluationForm",
    own: ["universityAdmin"],
    other: ["systemAdmin"],
    refused: { ...REFUSED, "universityAdmin:other": "NOT_FOUND" },
    input: ({ target }) => ({ universityId: target.id, kind: target.kind, definition: bodies.evaluationForm() }),
  },
  // The tutor's e-mailed link is the authority, whoever posts it: a fresh one each call (it works once).
  "(auth)/evaluate/actions#submitEvaluationFromLink": {
    target: "none",
    allowed: EVERYONE,
    input: async ({ world }) => ({
      token: await evaluationLinkOf(world, "valid"),
      answers: answersOf("TUTOR_FINAL"),
      comment: "Merci.",
    }),
  },
  // The same answer whatever the token; a used link really sends a new one.
  "(auth)/evaluate/actions#renewEvaluationLinkAction": {
    target: "none",
    allowed: EVERYONE,
    input: async ({ world }) => ({ token: await evaluationLinkOf(world, "used") }),
  },
};

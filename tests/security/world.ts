import { randomUUID } from "node:crypto";
import { draftAgreement } from "@/lib/agreements/draft-agreement";
import { submitAgreement } from "@/lib/agreements/submit-agreement";
import { db } from "@/lib/core/db";
import { storeDocument } from "@/lib/documents/store-document";
import type { Role } from "@/lib/generated/prisma/enums";
import { loadActor } from "@/lib/identity/actor";
import { signAccessToken } from "@/lib/identity/access-token";
import { digest, newToken } from "@/lib/identity/secure-token";
import { currentTotpCode } from "@/lib/identity/totp";
import { hashPassword } from "@/lib/identity/password";
import { createUser, PASSWORD } from "@/tests/helpers/users";
import type { ActorName, Side } from "./actors";

export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
export const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"),
);

/** The rows of an enterprise side; C has only these. */
export type EnterpriseRows = { enterpriseId: string; enterpriseName: string; draftOfferId: string };
/** A full side: its university, its student and what they did, its verified enterprise. */
export type SideRows = EnterpriseRows & {
  universityId: string;
  studentId: string;
  studentUserId: string;
  cvDocumentId: string;
  recordId: string;
  savedSearchId: string;
  publishedOfferId: string;
  /** The student's accepted application to the enterprise's offer. */
  applicationId: string;
};
export type User = { id: string; email: string; role: Role };
export type World = {
  A: SideRows;
  B: SideRows;
  C: EnterpriseRows;
  users: Record<Exclude<ActorName, "anonymous">, User>;
};

const inDays = (days: number) => new Date(Date.now() + days * 86400_000);
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

export async function offerOf(enterpriseId: string, status: "DRAFT" | "PUBLISHED" = "DRAFT") {
  const offer = await db.offer.create({
    data: {
      enterpriseId,
      title: `Stage ${unique("offre")}`,
      description: "Une mission assez longue pour être une vraie description de stage, ici pour les tests.",
      field: "Software engineering",
      city: "Lyon",
      country: "FR",
      durationWeeks: 24,
      deadline: inDays(30),
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
  });
  return offer.id;
}

export const recordOf = async (studentId: string) =>
  (await db.academicRecord.create({ data: { studentId, institution: "Lycée Ampère", degree: "Baccalauréat" } })).id;

export const experienceOf = async (studentId: string) =>
  (await db.workExperience.create({ data: { studentId, employer: "Numeria", role: "Stagiaire" } })).id;

/**
 * A language on the student's profile, there again however many times a cell removed it. Each
 * side has its own language, so that asking to remove the other side's never names one's own.
 */
export const languageOf = async (studentId: string, language: string) =>
  (
    await db.studentLanguage.upsert({
      where: { studentId_language: { studentId, language } },
      create: { studentId, language, level: "B1" },
      update: {},
    })
  ).language;

export const savedSearchOf = async (studentId: string) =>
  (await db.savedSearch.create({ data: { studentId, name: unique("recherche"), query: { q: "stage" } } })).id;

/** An application of the student to a new open offer of the enterprise, in the given status. */
export async function applicationOf(studentId: string, enterpriseId: string, status: "DRAFT" | "SUBMITTED") {
  const offerId = await offerOf(enterpriseId, "PUBLISHED");
  const application = await db.application.create({
    data: {
      offerId,
      studentId,
      status,
      coverLetter: "Madame, Monsieur, votre offre correspond à ce que je cherche.",
      submittedAt: status === "SUBMITTED" ? new Date() : null,
    },
  });
  return { id: application.id, offerId };
}

/** An unread notification of the user. */
let slotHour = 0;
/** An interview slot of the offer, at an hour no other slot of the world takes. */
export async function slotOf(offerId: string, startsAt?: Date) {
  const start = startsAt ?? new Date(Date.now() + (72 + ++slotHour * 2) * 3_600_000);
  const slot = await db.interviewSlot.create({
    data: { offerId, startsAt: start, endsAt: new Date(start.getTime() + 30 * 60_000), location: "Lyon", capacity: 5 },
  });
  return slot.id;
}

/** A slot of a new offer of the enterprise, and the student's application to it, shortlisted. */
export async function shortlistedSlotOf(studentId: string, enterpriseId: string) {
  const offerId = await offerOf(enterpriseId, "PUBLISHED");
  const application = await db.application.create({
    data: { offerId, studentId, status: "SHORTLISTED", coverLetter: "Bonjour.", submittedAt: new Date() },
  });
  return { id: await slotOf(offerId), applicationId: application.id };
}

/** The student's booking of a slot of the enterprise (one that has started when `past`). */
export async function bookingOf(studentId: string, enterpriseId: string, past = false) {
  const offerId = await offerOf(enterpriseId, "PUBLISHED");
  const application = await db.application.create({
    data: { offerId, studentId, status: "INTERVIEW", coverLetter: "Bonjour.", submittedAt: new Date() },
  });
  const slotId = await slotOf(offerId, past ? new Date(Date.now() - 3_600_000) : undefined);
  const booking = await db.interviewBooking.create({ data: { slotId, applicationId: application.id } });
  return booking.id;
}

/** A published offer of the enterprise whose one position the student has taken (ready to be closed). */
export async function filledOfferOf(studentId: string, enterpriseId: string) {
  const offerId = await offerOf(enterpriseId, "PUBLISHED");
  await db.application.create({
    data: { offerId, studentId, status: "ACCEPTED", coverLetter: "Bonjour.", submittedAt: new Date() },
  });
  return offerId;
}

export const notificationOf = async (userId: string) =>
  (await db.notification.create({ data: { userId, type: "test", title: "Nouvelle candidature", body: "…" } })).id;

/** A rejection message template of the enterprise. */
export const rejectionTemplateOf = async (enterpriseId: string) =>
  (
    await db.rejectionTemplate.create({
      data: { enterpriseId, name: unique("modèle"), bodyFr: "Bonjour {studentName}." },
    })
  ).id;

/** A new accepted application of the side's student to the side's enterprise (an agreement may be drafted from it). */
export async function acceptedApplicationOf(studentId: string, enterpriseId: string) {
  const offerId = await offerOf(enterpriseId, "PUBLISHED");
  const application = await db.application.create({
    data: { offerId, studentId, status: "ACCEPTED", coverLetter: "Bonjour.", submittedAt: new Date() },
  });
  return application.id;
}

/**
 * A fresh agreement of the side's student, drafted by them with the default circuit (student,
 * enterprise admin, tutor, supervisor, university admin), paid enough to be submitted; `SIGNING`
 * waits for the student.
 */
export async function agreementOf(side: SideRows, status: "DRAFT" | "SIGNING") {
  const applicationId = await acceptedApplicationOf(side.studentId, side.enterpriseId);
  const student = await loadActor(side.studentUserId);
  const { id } = await draftAgreement(student, side.universityId, { applicationId });
  await db.agreement.update({ where: { id }, data: { stipendAmountMinor: 100_000 } });
  if (status === "SIGNING") await submitAgreement(student, id);
  return id;
}

/** A recruiter of the enterprise, for the member-removal action. */
export async function memberOf(enterpriseId: string) {
  const user = await createUser("ENTERPRISE", { enterpriseId });
  const member = await db.enterpriseMember.update({ where: { userId: user.id }, data: { role: "RECRUITER" } });
  return member.id;
}

/** A verification request waiting for a system admin's decision. */
export const pendingVerificationOf = (enterpriseId: string) =>
  db.enterpriseVerification.create({ data: { enterpriseId, registrationNumber: "RCS 123 456 789" } });

/** An API login of the user: a refresh-token family, whose id DELETE /auth/sessions/{id} ends. */
export async function apiLoginOf(userId: string) {
  const familyId = randomUUID();
  await db.refreshToken.create({
    data: { userId, familyId, tokenHash: digest(newToken()), expiresAt: inDays(7) },
  });
  return familyId;
}

const TOTP_SECRET = "JBSWY3DPEHPK3PXP";

/** Puts the user's two-step verification in the given state; returns the current code of its secret. */
export async function totpState(userId: string, state: "pending" | "enabled") {
  await db.user.update({
    where: { id: userId },
    data: { totpSecret: TOTP_SECRET, totpEnabledAt: state === "enabled" ? new Date() : null, totpLastStep: null },
  });
  return currentTotpCode(TOTP_SECRET);
}

/** A fresh e-mailed link token (only its digest is stored, as the app does). */
export async function linkToken(
  purpose: "VERIFY_EMAIL" | "RESET_PASSWORD" | "INVITATION" | "CHANGE_EMAIL",
  options: { userId?: string; email?: string; data?: object } = {},
) {
  const token = newToken();
  const user = options.userId ? await db.user.findUniqueOrThrow({ where: { id: options.userId } }) : null;
  await db.authToken.create({
    data: {
      purpose,
      tokenHash: digest(token),
      email: user?.email ?? options.email ?? `${unique("link")}@example.test`,
      userId: options.userId,
      data: options.data,
      expiresAt: inDays(1),
    },
  });
  return token;
}

/** A throwaway account, for what consumes or changes one (password resets, e-mail confirmation). */
/** Gives a user another password for one call that sets PASSWORD back. */
export const temporaryPassword = async (userId: string, password: string) =>
  db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });

export const throwawayUser = (role: Role = "STUDENT") => createUser(role, { email: `${unique("spare")}@example.test` });

async function verifiedEnterprise(tag: string) {
  const admin = await createUser("ENTERPRISE");
  const { enterpriseId } = await db.enterpriseMember.findUniqueOrThrow({ where: { userId: admin.id } });
  const enterprise = await db.enterprise.update({
    where: { id: enterpriseId },
    data: { verificationStatus: "VERIFIED", verifiedAt: new Date(), name: `Entreprise ${tag}` },
  });
  return { admin, enterpriseId, enterpriseName: enterprise.name };
}

async function buildSide(tag: "A" | "B") {
  const universityId = (await db.university.create({ data: { name: `Université ${tag}` } })).id;
  const universityAdmin = await createUser("UNIVERSITY_ADMIN", { universityId });
  const supervisor = await createUser("UNIVERSITY_SUPERVISOR", { universityId });
  const student = await createUser("STUDENT", { universityId });
  const studentId = (await db.student.findUniqueOrThrow({ where: { userId: student.id } })).id;
  const { admin, enterpriseId, enterpriseName } = await verifiedEnterprise(tag);
  const recruiter = await createUser("ENTERPRISE", { enterpriseId });
  await db.enterpriseMember.update({ where: { userId: recruiter.id }, data: { role: "RECRUITER" } });
  const tutor = await createUser("ENTERPRISE", { enterpriseId });
  const tutorMember = await db.enterpriseMember.update({ where: { userId: tutor.id }, data: { role: "TUTOR" } });

  const draftOfferId = await offerOf(enterpriseId);
  const publishedOfferId = await offerOf(enterpriseId, "PUBLISHED");
  const { documentId: cvDocumentId } = await storeDocument(
    { ownerId: student.id, kind: "CV", title: `CV ${tag}` },
    { bytes: PDF, fileName: "cv.pdf" },
    async (tx, ids) => {
      await tx.student.update({ where: { id: studentId }, data: { cvDocumentId: ids.documentId } });
    },
  );
  // The student applied to the enterprise's offer with the CV, was taken, and is now its intern,
  // followed by the side's supervisor and the enterprise's tutor.
  const application = await db.application.create({
    data: { offerId: publishedOfferId, studentId, status: "ACCEPTED", cvDocumentId, submittedAt: new Date() },
  });
  const dates = { studentId, enterpriseId, universityId, startDate: inDays(60), endDate: inDays(200) };
  const agreement = await db.agreement.create({
    data: { ...dates, applicationId: application.id, status: "VALIDATED" },
  });
  const supervisorStaff = await db.universityStaff.findUniqueOrThrow({ where: { userId: supervisor.id } });
  await db.internship.create({
    data: {
      ...dates,
      agreementId: agreement.id,
      offerId: publishedOfferId,
      supervisorId: supervisorStaff.id,
      tutorMemberId: tutorMember.id,
    },
  });
  await db.favourite.create({ data: { studentId, offerId: publishedOfferId } });

  const rows: SideRows = {
    universityId,
    studentId,
    studentUserId: student.id,
    cvDocumentId,
    recordId: await recordOf(studentId),
    savedSearchId: await savedSearchOf(studentId),
    enterpriseId,
    enterpriseName,
    draftOfferId,
    publishedOfferId,
    applicationId: application.id,
  };
  return { rows, users: { universityAdmin, supervisor, student, admin, recruiter, tutor } };
}

const userOf = (user: { id: string; email: string; role: Role }): User => ({
  id: user.id,
  email: user.email,
  role: user.role,
});

/** Everything the matrix needs, created once per test file. */
export async function buildWorld(): Promise<World> {
  const a = await buildSide("A");
  const b = await buildSide("B");
  const unverifiedAdmin = await createUser("ENTERPRISE");
  const { enterpriseId } = await db.enterpriseMember.findUniqueOrThrow({ where: { userId: unverifiedAdmin.id } });
  const enterprise = await db.enterprise.update({ where: { id: enterpriseId }, data: { name: "Entreprise C" } });
  const systemAdmin = await createUser("SYSTEM_ADMIN");
  // System admins must have a second factor before anything else.
  await db.user.update({
    where: { id: systemAdmin.id },
    data: { totpSecret: TOTP_SECRET, totpEnabledAt: new Date() },
  });
  return {
    A: a.rows,
    B: b.rows,
    C: { enterpriseId, enterpriseName: enterprise.name, draftOfferId: await offerOf(enterpriseId) },
    users: {
      student: userOf(a.users.student),
      otherStudent: userOf(b.users.student),
      enterpriseAdmin: userOf(a.users.admin),
      recruiter: userOf(a.users.recruiter),
      tutor: userOf(a.users.tutor),
      otherEnterprise: userOf(b.users.admin),
      unverifiedEnterprise: userOf(unverifiedAdmin),
      universityAdmin: userOf(a.users.universityAdmin),
      supervisor: userOf(a.users.supervisor),
      systemAdmin: userOf(systemAdmin),
    },
  };
}

export const sideRows = (world: World, side: Side) => world[side];

const tokens = new Map<string, Promise<string>>();

/** The API's way in: a bearer access token, as a mobile client sends it (one per user and file: they last 15 minutes). */
export async function bearer(world: World, actor: ActorName): Promise<Record<string, string>> {
  if (actor === "anonymous") return {};
  const user = world.users[actor];
  if (!tokens.has(user.id)) tokens.set(user.id, signAccessToken({ id: user.id, role: user.role }));
  return { authorization: `Bearer ${await tokens.get(user.id)}` };
}

export { PASSWORD };

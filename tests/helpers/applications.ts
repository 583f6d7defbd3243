import { randomUUID } from "node:crypto";
import { kickRelay } from "@/inngest/dispatch";
import { db } from "@/lib/core/db";
import type { ApplicationStatus, Prisma } from "@/lib/generated/prisma/client";
import { loadActor, type Actor } from "@/lib/identity/actor";
import { signAccessToken } from "@/lib/identity/access-token";
import { createUser } from "./users";

// Fixtures of the applications tests: a verified enterprise with a published offer, students with a CV.

export const actorOf = async (userId: string): Promise<Actor> => (await loadActor(userId))!;

export const bearer = async (user: { id: string; role: string }) => ({
  authorization: `Bearer ${await signAccessToken(user)}`,
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

/** A published offer of the enterprise, open for a month unless told otherwise. */
export async function offerOf(enterpriseId: string, data: Partial<Prisma.OfferUncheckedCreateInput> = {}) {
  const offer = await db.offer.create({
    data: {
      enterpriseId,
      title: "Stage développeur·se TypeScript",
      description: "Construire des outils internes avec l'équipe produit.",
      field: "Software engineering",
      city: "Lyon",
      country: "FR",
      durationWeeks: 24,
      status: "PUBLISHED",
      publishedAt: new Date(),
      deadline: inDays(30),
      positions: 2,
      ...data,
    },
  });
  return offer.id;
}

/** A verified enterprise, its admin (with a bearer token), its application address, and one open offer. */
export async function enterpriseWithOffer(offer: Partial<Prisma.OfferUncheckedCreateInput> = {}) {
  const user = await createUser("ENTERPRISE");
  const { enterpriseId } = await db.enterpriseMember.findFirstOrThrow({ where: { userId: user.id } });
  await db.enterprise.update({
    where: { id: enterpriseId },
    data: { verificationStatus: "VERIFIED", applicationEmail: `stages-${enterpriseId}@example.test` },
  });
  const offerId = await offerOf(enterpriseId, offer);
  return { user, enterpriseId, offerId, actor: await actorOf(user.id), headers: await bearer(user) };
}

/** Another member of the enterprise, in the given role. */
export async function memberOf(enterpriseId: string, role: "ADMIN" | "RECRUITER" | "TUTOR") {
  const user = await createUser("ENTERPRISE", { enterpriseId });
  await db.enterpriseMember.update({ where: { userId: user.id }, data: { role } });
  return { user, actor: await actorOf(user.id), headers: await bearer(user) };
}

/** A student, with a CV on their profile unless `cv: false`; verified unless `verified: false`. */
export async function studentWithCv(options: { cv?: boolean; verified?: boolean; locale?: "fr" | "en" } = {}) {
  const user = await createUser("STUDENT");
  await db.user.update({
    where: { id: user.id },
    data: {
      name: `Camille ${user.id.slice(-5)}`,
      locale: options.locale ?? "fr",
      ...(options.verified === false && { emailVerified: null }),
    },
  });
  const student = await db.student.findUniqueOrThrow({ where: { userId: user.id } });
  let cvDocumentId: string | null = null;
  if (options.cv !== false) {
    const document = await db.document.create({
      data: {
        ownerId: user.id,
        kind: "CV",
        title: "CV",
        versions: {
          create: {
            version: 1,
            storageKey: `test/${randomUUID()}`,
            fileName: "cv-camille.pdf",
            contentType: "application/pdf",
            size: 1000,
            sha256: "0".repeat(64),
          },
        },
      },
    });
    cvDocumentId = document.id;
    await db.student.update({ where: { id: student.id }, data: { cvDocumentId } });
  }
  const fresh = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return {
    user: fresh,
    studentId: student.id,
    cvDocumentId,
    actor: await actorOf(user.id),
    headers: await bearer(user),
  };
}

/** An application put straight into a status (a test's starting point, not a journey). */
export async function applicationIn(
  status: ApplicationStatus,
  offerId: string,
  studentId: string,
  data: Partial<Prisma.ApplicationUncheckedCreateInput> = {},
) {
  const sent = status !== "DRAFT";
  const row = await db.application.create({
    data: {
      offerId,
      studentId,
      status,
      coverLetter: "Je suis motivée par ce stage.",
      submittedAt: sent ? new Date() : null,
      matchScore: sent ? 40 : null,
      ...data,
    },
  });
  return row.id;
}

/**
 * Waits until the workflows that routes start after their answer (the outbox relay, run in-process)
 * have delivered every due event, so that counting rows afterwards is not a race.
 */
export async function settleWorkflows() {
  for (let round = 0; round < 20; round++) {
    await kickRelay();
    const due = await db.outboxEvent.count({ where: { deliveredAt: null, availableAt: { lte: new Date() } } });
    if (due === 0) return void (await kickRelay());
  }
}

/** Row counts of what an application write touches: equal before and after means nothing was written. */
export async function applicationCounts() {
  await settleWorkflows();
  const [applications, changes, audit, events, emails, notifications, answers] = await Promise.all([
    db.application.count(),
    db.applicationStatusChange.count(),
    db.auditLog.count(),
    db.outboxEvent.count(),
    db.emailMessage.count(),
    db.notification.count(),
    db.applicationAnswer.count(),
  ]);
  return { applications, changes, audit, events, emails, notifications, answers };
}

// The demo agreements that are not signed yet, written by seedDemoData after the internships
// (whose agreements are validated): one in draft, one waiting for the enterprise's signature (the
// student signed), and one sent back to draft by the enterprise's refusal. Each is built from an
// accepted application as the agreements slice would leave it: the circuit copied with its
// signers, and, once submitted, the articles frozen and the SHA-256 of the PDF to sign recorded.
import { copyCircuit, hashOf } from "@/lib/agreements/agreement-steps";
import { freezeTerms } from "@/lib/agreements/agreement-template";
import type { Tx } from "@/lib/core/db";
import type { ApplicationStatus, Prisma } from "@/lib/generated/prisma/client";
import { scoreOfferForStudent } from "@/lib/recommendations/score-offer-for-student";

const DAY = 24 * 60 * 60 * 1000;
const ACCEPTED_PATH: ApplicationStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "SHORTLISTED",
  "INTERVIEW",
  "ACCEPTED",
];

type Seeded = { studentId: string; offerId: string };

export async function seedDemoAgreements(
  tx: Tx,
  input: {
    now: Date;
    universityId: string;
    /** Accepted applications of the demo data, by (student, offer): drafted, signing, refused. */
    draft: Seeded;
    signing: Seeded;
    refused: Seeded;
    tutor: { name: string; email: string };
    insurer: string;
  },
): Promise<void> {
  const today = new Date(input.now.toISOString().slice(0, 10));
  const agreementOf = async ({ studentId, offerId }: Seeded, startInDays: number) => {
    let application = await tx.application.findFirst({
      where: { studentId, offerId },
      include: { offer: true, student: { include: { user: true } } },
    });
    if (!application) {
      const fit = await scoreOfferForStudent(tx, studentId, offerId);
      const created = await tx.application.create({
        data: {
          studentId,
          offerId,
          status: "ACCEPTED",
          matchScore: fit?.score ?? 60,
          matchReasons: fit ? (fit.reasons as Prisma.InputJsonValue) : undefined,
          submittedAt: input.now,
          decidedAt: input.now,
        },
      });
      // The history an application accepted through the pipeline has, so its page tells its story.
      await tx.applicationStatusChange.createMany({
        data: ACCEPTED_PATH.map((to, step) => ({
          applicationId: created.id,
          fromStatus: step === 0 ? null : ACCEPTED_PATH[step - 1]!,
          toStatus: to,
          createdAt: new Date(input.now.getTime() - (ACCEPTED_PATH.length - 1 - step) * DAY),
          notifiedAt: input.now,
        })),
      });
      application = await tx.application.findUniqueOrThrow({
        where: { id: created.id },
        include: { offer: true, student: { include: { user: true } } },
      });
    }
    if (application.status !== "ACCEPTED") {
      await tx.application.update({
        where: { id: application.id },
        data: { status: "ACCEPTED", decidedAt: input.now },
      });
      await tx.applicationStatusChange.create({
        data: {
          applicationId: application.id,
          fromStatus: application.status,
          toStatus: "ACCEPTED",
          notifiedAt: input.now,
        },
      });
    }
    const startDate = new Date(today.getTime() + startInDays * DAY);
    const supervisor = await tx.universityStaff.findFirst({
      where: { universityId: input.universityId, user: { role: "UNIVERSITY_SUPERVISOR" } },
      orderBy: { id: "asc" },
    });
    const agreement = await tx.agreement.create({
      data: {
        applicationId: application.id,
        studentId,
        enterpriseId: application.offer.enterpriseId,
        universityId: input.universityId,
        startDate,
        endDate: new Date(startDate.getTime() + (application.offer.durationWeeks * 7 - 3) * DAY),
        weeklyHours: 35,
        stipendAmountMinor: 70_000,
        stipendCurrency: "EUR",
        place: [application.offer.city, application.offer.country].filter(Boolean).join(", "),
        tasks: application.offer.missions ?? application.offer.description,
        tutorName: input.tutor.name,
        tutorEmail: input.tutor.email,
        supervisorId: supervisor?.id ?? null,
        insurance: input.insurer,
        language: application.student.user.locale,
      },
    });
    await copyCircuit(tx, agreement.id, false);
    return { id: agreement.id, studentUserId: application.student.userId };
  };
  const submit = async (agreementId: string, submittedAt: Date) => {
    await copyCircuit(tx, agreementId, true);
    await freezeTerms(tx, agreementId);
    const sha256 = await hashOf(tx, agreementId);
    await tx.agreement.update({
      where: { id: agreementId },
      data: { status: "SIGNING", submittedAt, contentSha256: sha256 },
    });
    return sha256;
  };

  // In draft: the parties are still filling it in.
  await agreementOf(input.draft, 30);

  // Waiting for the enterprise: the student signed two days ago with their password.
  const signing = await agreementOf(input.signing, 21);
  const submittedAt = new Date(input.now.getTime() - 3 * DAY);
  const sha256 = await submit(signing.id, submittedAt);
  await tx.agreementStep.update({
    where: { agreementId_order: { agreementId: signing.id, order: 1 } },
    data: {
      status: "SIGNED",
      signedAt: new Date(input.now.getTime() - 2 * DAY),
      askedAt: submittedAt,
      method: "PASSWORD",
      signedIp: "192.0.2.10",
      documentSha256: sha256,
    },
  });
  await tx.agreementStep.update({
    where: { agreementId_order: { agreementId: signing.id, order: 2 } },
    data: {
      askedAt: new Date(input.now.getTime() - 2 * DAY),
      deadline: new Date(today.getTime() + 5 * DAY),
    },
  });

  // Refused by the enterprise: back in draft, the refusal and its reason on the step.
  const refused = await agreementOf(input.refused, 45);
  const refusal = "Les dates ne conviennent pas : le tuteur est absent la première semaine.";
  await tx.agreementStep.update({
    where: { agreementId_order: { agreementId: refused.id, order: 2 } },
    data: { status: "REFUSED", refusalReason: refusal },
  });
  await tx.auditLog.create({
    data: {
      action: "agreement.refused",
      entity: "Agreement",
      entityId: refused.id,
      after: { order: 2, party: "ENTERPRISE_SIGNATORY", reason: refusal } as Prisma.InputJsonValue,
    },
  });
}

import { recordAudit } from "@/lib/core/audit";
import type { Tx } from "@/lib/core/db";
import { KEPT_DOCUMENT_KINDS } from "./account-deletion";

const OPEN = ["SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "INTERVIEW"] as const;

/**
 * Erases one account whose grace period is over, in the caller's transaction, and returns the
 * storage keys of the files to remove once it commits. What the law or the other parties need
 * stays, without the person's details: agreements (their signatures keep the name as signed),
 * internships, evaluations and certificates, the decided applications' history. Everything
 * else about the person goes: profile, CV and other documents, drafts, saved offers and searches,
 * notifications, sessions, sign-in methods. Open applications are withdrawn. The User row stays,
 * anonymous and disabled, because those records point at it.
 *
 * It reaches into several slices' tables on purpose: an erasure is all or nothing, so it is one
 * transaction in one place (docs/decisions/0014-account-erasure.md).
 */
export async function eraseAccount(tx: Tx, userId: string, now = new Date()): Promise<string[] | null> {
  const user = await tx.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: { student: { select: { id: true } } },
  });
  if (!user) return null;
  const documents = await tx.document.findMany({
    where: {
      ownerId: userId,
      kind: { notIn: [...KEPT_DOCUMENT_KINDS] },
      agreement: null,
      certificate: null,
      finalReportOf: null,
      signatureScan: null,
    },
    select: { id: true, versions: { select: { storageKey: true } } },
  });
  const studentId = user.student?.id;
  if (studentId) {
    await tx.application.deleteMany({ where: { studentId, status: "DRAFT" } });
    const open = await tx.application.findMany({
      where: { studentId, status: { in: [...OPEN] } },
      select: { id: true, status: true },
    });
    await tx.application.updateMany({
      where: { id: { in: open.map((a) => a.id) } },
      data: { status: "WITHDRAWN", decidedAt: now },
    });
    await tx.applicationStatusChange.createMany({
      data: open.map((a) => ({ applicationId: a.id, fromStatus: a.status, toStatus: "WITHDRAWN" as const })),
    });
    await tx.application.updateMany({
      where: { studentId, agreement: null },
      data: { coverLetter: null, cvDocumentId: null },
    });
    await tx.applicationAnswer.deleteMany({ where: { application: { studentId, agreement: null } } });
    await tx.student.update({
      where: { id: studentId },
      data: {
        headline: null,
        bio: null,
        phone: null,
        city: null,
        fieldOfStudy: null,
        cvDocumentId: null,
        visibleToEnterprises: false,
      },
    });
    await tx.studentSkill.deleteMany({ where: { studentId } });
    await tx.academicRecord.deleteMany({ where: { studentId } });
    await tx.internshipPreference.deleteMany({ where: { studentId } });
    await tx.favourite.deleteMany({ where: { studentId } });
    await tx.savedSearch.deleteMany({ where: { studentId } });
  }
  await tx.document.deleteMany({ where: { id: { in: documents.map((d) => d.id) } } });
  await tx.enterpriseMember.deleteMany({ where: { userId } });
  for (const table of [
    tx.account,
    tx.session,
    tx.authToken,
    tx.refreshToken,
    tx.totpRecoveryCode,
    tx.knownDevice,
    tx.notification,
    tx.notificationPreference,
    tx.pushSubscription,
  ] as unknown as { deleteMany: (args: { where: { userId: string } }) => Promise<unknown> }[])
    await table.deleteMany({ where: { userId } });
  await tx.user.update({
    where: { id: userId },
    data: {
      email: `deleted-${userId}@deleted.invalid`,
      name: "Compte supprimé",
      passwordHash: null,
      emailVerified: null,
      image: null,
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      disabledAt: now,
      deletionScheduledFor: null,
      deletedAt: now,
    },
  });
  // No personal data in the entry: it outlives the erasure (the log is append-only).
  await recordAudit(tx, {
    actorId: null,
    action: "account.erased",
    entity: "User",
    entityId: userId,
    before: { erased: false },
    after: { erased: true, erasedAt: now, documentsRemoved: documents.length },
  });
  return documents.flatMap((d) => d.versions.map((v) => v.storageKey));
}

import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { applicationScope } from "./policy";

/**
 * The student's other applications to the caller's enterprise (sent ones only, newest first),
 * beside the one being read: the same person may have applied to several of its offers.
 */
export async function listOtherApplications(actor: Actor | null, applicationId: string) {
  const me = requireRole(actor, "ENTERPRISE");
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationScope(me)] },
    select: { studentId: true },
  });
  if (!application) throw notFound("applicationNotFound");
  return db.application.findMany({
    where: { AND: [{ studentId: application.studentId, id: { not: applicationId } }, applicationScope(me)] },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, status: true, submittedAt: true, offer: { select: { id: true, title: true } } },
  });
}

import { db } from "@/lib/core/db";
import { pageArgs, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { verificationQueueSchema } from "./schemas";
import { verificationSummarySelect } from "./enterprise-selects";

/**
 * The system admins' review queue: requests waiting for a decision, oldest first (first come,
 * first served), or with `status=DECIDED` the decisions already taken, latest first.
 */
export async function listVerificationQueue(actor: Actor | null, input: unknown = {}) {
  requireRole(actor, "SYSTEM_ADMIN");
  const { status, ...page } = await validate(verificationQueueSchema, input);
  const pending = status === "PENDING";
  const orderBy: Prisma.EnterpriseVerificationOrderByWithRelationInput[] = pending
    ? [{ createdAt: "asc" }, { id: "asc" }]
    : [{ decidedAt: "desc" }, { id: "desc" }];
  const rows = await db.enterpriseVerification.findMany({
    where: pending ? { status: "PENDING" } : { status: { in: ["VERIFIED", "REJECTED"] } },
    orderBy,
    ...pageArgs(page),
    select: {
      ...verificationSummarySelect,
      enterprise: { select: { id: true, name: true, slug: true, sector: true, website: true, createdAt: true } },
    },
  });
  return toPage(rows, page.limit);
}

import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { issueViewSelect } from "./issue-view";
import { ownInternship } from "./own-internship";
import { resolveIssueSchema } from "./schemas";

/** The supervisor or a university admin resolves an open issue, saying what was done; who and when are kept. */
export async function resolveIssue(actor: Actor | null, internshipId: string, issueId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const { me } = await ownInternship(tx, actor, internshipId, "resolveIssue");
    const data = await validate(resolveIssueSchema, input);
    const resolved = await tx.internshipIssue.updateMany({
      where: { id: issueId, internshipId, status: "OPEN" },
      data: { status: "RESOLVED", resolution: data.resolution, resolvedById: me.userId, resolvedAt: new Date() },
    });
    if (resolved.count === 0) {
      const exists = await tx.internshipIssue.findFirst({ where: { id: issueId, internshipId }, select: { id: true } });
      throw exists ? conflict("issueAlreadyResolved") : notFound("issueNotFound");
    }
    await recordAudit(tx, {
      actorId: me.userId,
      action: "internship.issue-resolved",
      entity: "InternshipIssue",
      entityId: issueId,
      before: { status: "OPEN" },
      after: { status: "RESOLVED", resolution: data.resolution },
    });
    return tx.internshipIssue.findUniqueOrThrow({ where: { id: issueId }, select: issueViewSelect });
  });
}

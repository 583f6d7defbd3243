import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { issueViewSelect } from "./issue-view";
import { ownInternship } from "./own-internship";
import { issueSchema } from "./schemas";

/**
 * Any party raises an issue on an internship not yet ended (conflict, safety, workload, missing
 * tutor, other; severity 1–3). The supervisor and the university's admins are told by the
 * `internship.issue-raised` workflow.
 */
export async function raiseIssue(actor: Actor | null, internshipId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const { me, internship } = await ownInternship(tx, actor, internshipId, "raiseIssue");
    const data = await validate(issueSchema, input);
    if (internship.status === "COMPLETED" || internship.status === "TERMINATED") throw conflict("internshipEnded");
    const issue = await tx.internshipIssue.create({
      data: { internshipId, raisedById: me.userId, ...data },
      select: issueViewSelect,
    });
    await recordEvent(tx, "internship.issue-raised", { internshipId, issueId: issue.id });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "internship.issue-raised",
      entity: "InternshipIssue",
      entityId: issue.id,
      after: { internshipId, category: data.category, severity: data.severity },
    });
    return issue;
  });
}

import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { issueViewSelect } from "./issue-view";
import { ownInternship } from "./own-internship";

/** An internship's issues for its parties: open ones first, the most serious first, then newest. */
export async function listIssues(actor: Actor | null, internshipId: string) {
  await ownInternship(db, actor, internshipId);
  const items = await db.internshipIssue.findMany({
    where: { internshipId },
    orderBy: [{ status: "asc" }, { severity: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    select: issueViewSelect,
  });
  return { items, nextCursor: null };
}

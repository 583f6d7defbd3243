import { db } from "@/lib/core/db";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

/** The questions the assistant could not answer, newest first: for staff to improve it. */
export async function listUnansweredQuestions(actor: Actor | null, input: unknown = {}) {
  requireRole(actor, "SYSTEM_ADMIN");
  const page = await validate(pageSchema, input);
  const rows = await db.assistantUnanswered.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(page),
    select: { id: true, question: true, role: true, locale: true, createdAt: true },
  });
  return toPage(rows, page.limit);
}

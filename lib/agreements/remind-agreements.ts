import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireUniversityAdmin } from "./policy";
import { remindTurn, type ReminderSkip } from "./remind-signers";
import { remindAgreementsSchema } from "./schemas";

export type BulkReminderOutcome = {
  reminded: string[];
  skipped: { id: string; reason: ReminderSkip | "notFound" }[];
};

/**
 * "Send a reminder" on the university's board, for the agreements selected: each one waiting for
 * a party is reminded unless it already was today (then it is listed as skipped, with why). Ids
 * of another university read as not found.
 */
export async function remindAgreements(
  actor: Actor | null,
  universityId: string,
  input: unknown,
): Promise<BulkReminderOutcome> {
  const me = requireUniversityAdmin(actor, universityId);
  const { ids } = await validate(remindAgreementsSchema, input);
  const unique = [...new Set(ids)];
  const own = await db.agreement.findMany({ where: { id: { in: unique }, universityId }, select: { id: true } });
  const owned = new Set(own.map((a) => a.id));
  const outcome: BulkReminderOutcome = { reminded: [], skipped: [] };
  const now = new Date();
  for (const id of unique) {
    if (!owned.has(id)) {
      outcome.skipped.push({ id, reason: "notFound" });
      continue;
    }
    const result = await db.$transaction(async (tx) => {
      const done = await remindTurn(tx, id, now);
      if (done.reminded) {
        await recordAudit(tx, {
          actorId: me.userId,
          action: "agreement.reminded",
          entity: "Agreement",
          entityId: id,
          after: { stepId: done.stepId },
        });
      }
      return done;
    });
    if (result.reminded) outcome.reminded.push(id);
    else outcome.skipped.push({ id, reason: result.skipped });
  }
  return outcome;
}

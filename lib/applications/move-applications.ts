import { db } from "@/lib/core/db";
import { AppError, notFound, type ErrorCode, type Reason } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { ApplicationStatus } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { changeApplicationStatus } from "./change-application-status";
import { applicationScope, requireApplicationDecider } from "./policy";
import { rejectionMessagesFor } from "./rejection-messages-for";
import { bulkStatusSchema } from "./schemas";

export type BulkFailure = {
  id: string;
  code: ErrorCode;
  reason: Reason;
  /** The reason in English, for API clients. */
  message: string;
  /** For a move the workflow refuses: the moves allowed from the application's status. */
  allowed?: ApplicationStatus[];
};
export type BulkMoveResult = { moved: { id: string; status: ApplicationStatus }[]; failed: BulkFailure[] };

/**
 * The same move for several applications (the table's bulk actions): each goes through
 * `changeApplicationStatus` on its own, so each is authorised, checked against the workflow and
 * recorded as if moved alone, and one refusal does not undo the others. Ids the caller may not
 * read are reported as not found; when none of them is readable the whole call is not found.
 * Declining with a template sends each student that template filled in for them.
 */
export async function moveApplications(actor: Actor | null, input: unknown): Promise<BulkMoveResult> {
  const me = requireApplicationDecider(actor);
  const { ids, templateId, ...change } = await validate(bulkStatusSchema, input);
  const unique = [...new Set(ids)];
  const readable = await db.application.findMany({
    where: { AND: [{ id: { in: unique } }, applicationScope(me)] },
    select: { id: true },
  });
  if (readable.length === 0) throw notFound("applicationNotFound");
  // A template is filled in for each student (name, offer, language) and replaces the message.
  const messageFor = async (id: string) => {
    if (!templateId) return change.message;
    const template = (await rejectionMessagesFor(me, id)).find((t) => t.id === templateId);
    if (!template) throw notFound("templateNotFound");
    return template.message;
  };
  await messageFor(readable[0]!.id);
  const result: BulkMoveResult = { moved: [], failed: [] };
  for (const id of unique) {
    try {
      const view = await changeApplicationStatus(me, id, { ...change, message: await messageFor(id) });
      result.moved.push({ id, status: view.status });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const allowed = error.details.extensions?.allowed as ApplicationStatus[] | undefined;
      result.failed.push({
        id,
        code: error.code,
        reason: error.reason,
        message: error.message,
        ...(allowed && { allowed }),
      });
    }
  }
  return result;
}

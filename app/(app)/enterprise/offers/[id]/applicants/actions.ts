"use server";
import { moveApplications } from "@/lib/applications/move-applications";
import { serverAction } from "@/lib/core/server-action";

/** The table's bulk move (and bulk decline): each application moved as if alone, with a report of what was not. */
export const bulkMove = serverAction(
  async (input: { ids: string[]; status: string; reason?: string; message?: string }, actor) => {
    const result = await moveApplications(actor, input);
    return { moved: result.moved, failed: result.failed.map(({ id, code, reason }) => ({ id, code, reason })) };
  },
);

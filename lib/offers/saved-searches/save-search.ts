import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireStudent } from "@/lib/students/policy";
import { saveSearchSchema } from "./schemas";

/** Enough for every real use; it keeps the daily digest's work per student bounded. */
export const MAX_SAVED_SEARCHES = 20;

/**
 * Saves the current search's words and filters for the student; saving the same search again
 * renames it rather than keeping two. The alert e-mail only reports offers published from now on.
 */
export async function saveSearch(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const me = requireStudent(actor);
  const { name, criteria, alertsEnabled } = await validate(saveSearchSchema, input);
  return db.$transaction(async (tx) => {
    const same = await tx.savedSearch.findFirst({
      where: { studentId: me.studentId, query: { equals: criteria } },
      select: { id: true },
    });
    if (same)
      return tx.savedSearch.update({ where: { id: same.id }, data: { name, alertsEnabled }, select: { id: true } });
    if ((await tx.savedSearch.count({ where: { studentId: me.studentId } })) >= MAX_SAVED_SEARCHES) {
      throw conflict({ key: "savedSearchLimit", values: { max: MAX_SAVED_SEARCHES } });
    }
    return tx.savedSearch.create({
      data: { studentId: me.studentId, name, query: criteria, alertsEnabled, lastNotifiedAt: new Date() },
      select: { id: true },
    });
  });
}

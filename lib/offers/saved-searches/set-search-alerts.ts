import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireStudent } from "@/lib/students/policy";
import { searchAlertsSchema } from "./schemas";

/**
 * Turns a saved search's daily e-mail on or off. Turning it back on starts from now, so the next
 * e-mail never reports offers from the days it was off; asking for the current state changes nothing.
 */
export async function setSearchAlerts(
  actor: Actor | null,
  input: unknown,
): Promise<{ id: string; alertsEnabled: boolean }> {
  const me = requireStudent(actor);
  const { id, alertsEnabled } = await validate(searchAlertsSchema, input);
  const { count } = await db.savedSearch.updateMany({
    where: { id, studentId: me.studentId, alertsEnabled: !alertsEnabled },
    data: alertsEnabled ? { alertsEnabled, lastNotifiedAt: new Date() } : { alertsEnabled },
  });
  if (count === 0 && (await db.savedSearch.count({ where: { id, studentId: me.studentId } })) === 0)
    throw notFound("savedSearchNotFound");
  return { id, alertsEnabled };
}

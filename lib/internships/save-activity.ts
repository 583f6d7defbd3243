import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { checkLogbookWeek } from "./follow-up-dates";
import { ownInternship } from "./own-internship";
import { activitySchema } from "./schemas";

/**
 * The student writes (or rewrites) their logbook entry for one week of their internship under
 * way: what they did, what they learned, the hours. One entry per week (its Monday).
 */
export async function saveActivity(actor: Actor | null, internshipId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const { internship } = await ownInternship(tx, actor, internshipId, "writeLogbook");
    const data = await validate(activitySchema, input);
    if (internship.status !== "ACTIVE") throw conflict("internshipNotActive");
    checkLogbookWeek("weekStart", data.weekStart, internship);
    const values = { summary: data.summary, learnings: data.learnings ?? null, hours: data.hours ?? null };
    const existing = await tx.activityLog.findUnique({
      where: { internshipId_weekStart: { internshipId, weekStart: data.weekStart } },
      select: { id: true },
    });
    const row = await tx.activityLog.upsert({
      where: { internshipId_weekStart: { internshipId, weekStart: data.weekStart } },
      create: { internshipId, weekStart: data.weekStart, ...values },
      update: values,
      select: {
        id: true,
        weekStart: true,
        summary: true,
        learnings: true,
        hours: true,
        createdAt: true,
        updatedAt: true,
      },
    });
    return { ...row, created: !existing };
  });
}

import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { ownInternship } from "./own-internship";
import { commentSchema } from "./schemas";

/** The tutor or the supervisor comments on a week of the student's logbook; the other parties are told. */
export async function commentActivity(actor: Actor | null, internshipId: string, activityId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const { me } = await ownInternship(tx, actor, internshipId, "comment");
    const data = await validate(commentSchema, input);
    const week = await tx.activityLog.findFirst({ where: { id: activityId, internshipId }, select: { id: true } });
    if (!week) throw notFound("activityNotFound");
    const comment = await tx.activityComment.create({
      data: { activityId: week.id, authorId: me.userId, authorRole: me.role, body: data.body },
      select: { id: true, activityId: true, authorRole: true, body: true, createdAt: true },
    });
    await recordEvent(tx, "internship.activity-commented", { internshipId, commentId: comment.id });
    return comment;
  });
}

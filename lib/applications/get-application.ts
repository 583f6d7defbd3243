import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { applicationSelect, toApplicationView, type ApplicationView } from "./application-view";
import { applicationScope } from "./policy";

/**
 * One application, for whoever may read it (applicationScope): its student (drafts included), the
 * offer's enterprise once it is sent (tutors too), the student's university, admins. Anything
 * else reads as not found.
 */
export async function getApplication(actor: Actor | null, applicationId: string): Promise<ApplicationView> {
  const me = requireActor(actor);
  const row = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationScope(me)] },
    select: applicationSelect,
  });
  if (!row) throw notFound("applicationNotFound");
  return toApplicationView(row, me);
}

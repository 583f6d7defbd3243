import type { Tx } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { internshipScope, partyOf, requireMay, type FollowUpAction, type InternshipParty } from "./policy";

const followUpSelect = {
  id: true,
  status: true,
  startDate: true,
  endDate: true,
  studentId: true,
  enterpriseId: true,
  universityId: true,
  supervisorId: true,
  tutor: { select: { userId: true } },
} as const;

export type FollowedInternship = {
  id: string;
  status: "PLANNED" | "ACTIVE" | "COMPLETED" | "TERMINATED";
  startDate: Date;
  endDate: Date;
  studentId: string;
  enterpriseId: string;
  universityId: string;
  supervisorId: string | null;
  tutor: { userId: string } | null;
};

/**
 * The internship, read through the caller's scope (another's reads as unknown), and the caller's
 * part in it; with `action`, refused unless that part may take it.
 */
export async function ownInternship(
  tx: Tx,
  actor: Actor | null,
  internshipId: string,
  action?: FollowUpAction,
): Promise<{ me: Actor; internship: FollowedInternship; party: InternshipParty }> {
  const me = requireActor(actor);
  const internship = await tx.internship.findFirst({
    where: { AND: [{ id: internshipId }, internshipScope(me)] },
    select: followUpSelect,
  });
  if (!internship) throw notFound("internshipNotFound");
  const party = partyOf(me, internship);
  if (action) requireMay(party, action);
  return { me, internship, party };
}

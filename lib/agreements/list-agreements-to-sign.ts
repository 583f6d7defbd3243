import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { currentStep } from "./agreement-view";
import { agreementScope, signsStep } from "./policy";

/** The agreements waiting for the caller's signature now ("to sign" on their dashboard). */
export async function listAgreementsToSign(actor: Actor | null) {
  const me = requireActor(actor);
  const rows = await db.agreement.findMany({
    where: {
      AND: [
        { status: "SIGNING" },
        agreementScope(me),
        me.role === "UNIVERSITY_ADMIN" ? {} : { steps: { some: { signerUserId: me.userId, status: "PENDING" } } },
      ],
    },
    orderBy: { submittedAt: "asc" },
    take: 100,
    select: {
      id: true,
      status: true,
      universityId: true,
      student: { select: { user: { select: { name: true } } } },
      enterprise: { select: { name: true } },
      steps: {
        orderBy: { order: "asc" },
        select: { id: true, party: true, status: true, signerUserId: true, deadline: true },
      },
    },
  });
  return rows.flatMap((row) => {
    const turn = currentStep(row);
    if (!turn || !signsStep(me, turn, row)) return [];
    return [
      {
        id: row.id,
        student: row.student.user.name,
        enterprise: row.enterprise.name,
        party: turn.party,
        deadline: turn.deadline,
      },
    ];
  });
}

import { db } from "@/lib/core/db";
import { translator } from "@/lib/core/translator";
import { agreementScope, signsStep } from "@/lib/agreements/policy";
import { PER_KIND, versionOf, type FeedContext, type FeedEvent } from "./feed-event";

/**
 * Signatures waiting for the caller: agreements being signed whose current step is theirs, on the
 * step's last day. The UID names the step; SEQUENCE follows its deadline (asked again, later).
 */
export async function signatureEvents({ me, host, appUrl }: FeedContext, agreementId?: string): Promise<FeedEvent[]> {
  if (me.role === "SYSTEM_ADMIN") return [];
  const rows = await db.agreement.findMany({
    where: {
      AND: [
        { status: "SIGNING", ...(agreementId && { id: agreementId }) },
        agreementScope(me),
        me.role === "UNIVERSITY_ADMIN" ? {} : { steps: { some: { signerUserId: me.userId, status: "PENDING" } } },
      ],
    },
    orderBy: { submittedAt: "asc" },
    take: PER_KIND,
    select: {
      id: true,
      universityId: true,
      updatedAt: true,
      student: { select: { user: { select: { name: true } } } },
      enterprise: { select: { name: true } },
      steps: {
        orderBy: { order: "asc" },
        select: { id: true, party: true, status: true, signerUserId: true, deadline: true, updatedAt: true },
      },
    },
  });
  const t = translator(me.locale, "calendar.feed");
  return rows.flatMap((row) => {
    const turn = row.steps.find((step) => step.status !== "SIGNED");
    if (!turn || turn.status !== "PENDING" || !turn.deadline || !signsStep(me, turn, row)) return [];
    const url = `${appUrl}/agreements/${row.id}`;
    return [
      {
        uid: `signature-${turn.id}@${host}`,
        sequence: versionOf(turn.deadline),
        stamp: turn.updatedAt,
        allDay: true as const,
        day: turn.deadline,
        summary: t("signatureDue", { student: row.student.user.name, enterprise: row.enterprise.name }),
        description: url,
        url,
      },
    ];
  });
}

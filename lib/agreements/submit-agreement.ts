import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { AppError, conflict, notFound } from "@/lib/core/errors";
import { fromMinorUnits } from "@/lib/core/money";
import { recordEvent } from "@/lib/core/outbox";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { copyCircuit, hashOf } from "./agreement-steps";
import type { AgreementView } from "./agreement-view";
import { freezeTerms } from "./agreement-template";
import { getAgreement } from "./get-agreement";
import { stipendShortfall } from "./minimum-stipend";
import { agreementEditorScope } from "./policy";

const DAY_MS = 86_400_000;
export const deadlineIn = (days: number | null) =>
  new Date(new Date(new Date().toISOString().slice(0, 10)).getTime() + (days ?? 7) * DAY_MS);

/**
 * Freezes a draft and starts its circuit: checks the country's rules (in France, the minimum
 * stipend of an internship over two months), copies the circuit with every signer resolved,
 * records the SHA-256 of what will be signed and asks the first party (`convention.turn`).
 */
export async function submitAgreement(actor: Actor | null, agreementId: string): Promise<AgreementView> {
  const me = requireActor(actor);
  await db.$transaction(
    async (tx) => {
      const agreement = await tx.agreement.findFirst({
        where: { AND: [{ id: agreementId }, agreementEditorScope(me)] },
        select: {
          status: true,
          startDate: true,
          endDate: true,
          weeklyHours: true,
          stipendAmountMinor: true,
          stipendCurrency: true,
          university: { select: { country: true } },
        },
      });
      if (!agreement) throw notFound("agreementNotFound");
      if (agreement.status !== "DRAFT") throw conflict("agreementNotDraft");
      const shortfall = stipendShortfall({ ...agreement, country: agreement.university.country });
      if (shortfall) {
        const minimum = fromMinorUnits(shortfall.minimumMonthlyMinor, "EUR");
        throw new AppError(
          "CONFLICT",
          {
            key: "stipendBelowLegalMinimum",
            values: { minimum, hourly: fromMinorUnits(shortfall.hourlyMinor, "EUR") },
          },
          { extensions: { rule: "FR_MINIMUM_STIPEND", minimumMonthly: minimum } },
        );
      }
      const steps = await copyCircuit(tx, agreementId, true);
      await freezeTerms(tx, agreementId);
      const sha256 = await hashOf(tx, agreementId);
      const moved = await tx.agreement.updateMany({
        where: { id: agreementId, status: "DRAFT" },
        data: { status: "SIGNING", submittedAt: new Date(), contentSha256: sha256 },
      });
      if (moved.count === 0) throw conflict("agreementNotDraft");
      const first = await tx.agreementStep.update({
        where: { agreementId_order: { agreementId, order: 1 } },
        data: { deadline: deadlineIn(steps[0].deadlineDays) },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: me.userId,
        action: "agreement.submitted",
        entity: "Agreement",
        entityId: agreementId,
        after: { sha256, parties: steps.map((s) => s.party) },
      });
      await recordEvent(tx, "convention.turn", { agreementId, stepId: first.id });
      // The document to sign is rendered inside (from what this transaction froze): a few hundred milliseconds.
    },
    { timeout: 30_000 },
  );
  return getAgreement(me, agreementId);
}

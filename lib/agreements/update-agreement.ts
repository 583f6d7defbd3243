import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, field, invalid, notFound } from "@/lib/core/errors";
import { toMinorUnits } from "@/lib/core/money";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { copyCircuit, voidSignatures } from "./agreement-steps";
import { getAgreement } from "./get-agreement";
import type { AgreementView } from "./agreement-view";
import { agreementEditorScope } from "./policy";
import { agreementContentSchema } from "./schemas";

const FIELDS = [
  "startDate",
  "endDate",
  "weeklyHours",
  "stipendAmountMinor",
  "place",
  "tasks",
  "tutorName",
  "tutorEmail",
  "legalRepName",
  "legalRepEmail",
  "supervisorId",
  "insurance",
] as const;
type Field = (typeof FIELDS)[number];

const comparable = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : ((value as string | number | null) ?? null);

/**
 * Changes a draft's content; the fields sent change, each change is written to the audit log
 * (who, when, field, before, after). A change while it is being signed voids every signature and
 * sends it back to draft: the parties sign again what changed.
 */
export async function updateAgreement(
  actor: Actor | null,
  agreementId: string,
  input: unknown,
): Promise<AgreementView> {
  const me = requireActor(actor);
  const data = await validate(agreementContentSchema, input);
  await db.$transaction(async (tx) => {
    const current = await tx.agreement.findFirst({
      where: { AND: [{ id: agreementId }, agreementEditorScope(me)] },
      select: {
        status: true,
        universityId: true,
        stipendCurrency: true,
        startDate: true,
        endDate: true,
        weeklyHours: true,
        stipendAmountMinor: true,
        place: true,
        tasks: true,
        tutorName: true,
        tutorEmail: true,
        legalRepName: true,
        legalRepEmail: true,
        supervisorId: true,
        insurance: true,
      },
    });
    if (!current) throw notFound("agreementNotFound");
    if (current.status !== "DRAFT" && current.status !== "SIGNING") throw conflict("agreementNotEditable");
    const wanted: Partial<Record<Field, unknown>> = {
      ...data,
      stipendAmountMinor:
        data.stipendAmount === undefined ? undefined : toMinorUnits(data.stipendAmount, current.stipendCurrency),
    };
    delete (wanted as Record<string, unknown>).stipendAmount;
    const start = (wanted.startDate ?? current.startDate) as Date | null;
    const end = (wanted.endDate ?? current.endDate) as Date | null;
    if (wanted.startDate === null) throw invalid({ startDate: field("required") });
    if (wanted.endDate === null) throw invalid({ endDate: field("required") });
    if (start && end && end < start) throw invalid({ endDate: field("endBeforeStart") });
    if (wanted.supervisorId) {
      const supervisor = await tx.universityStaff.findFirst({
        where: { id: wanted.supervisorId as string, universityId: current.universityId },
        select: { id: true },
      });
      if (!supervisor) throw invalid({ supervisorId: field("supervisorUnknown") });
    }
    const changes = FIELDS.filter(
      (f) => wanted[f] !== undefined && comparable(wanted[f]) !== comparable((current as Record<string, unknown>)[f]),
    );
    if (changes.length === 0) return;
    if (current.status === "SIGNING") await voidSignatures(tx, agreementId, me.userId, "changed");
    await tx.agreement.update({
      where: { id: agreementId, status: { in: ["DRAFT", "SIGNING"] } },
      data: Object.fromEntries(changes.map((f) => [f, wanted[f]])),
    });
    for (const f of changes) {
      await recordAudit(tx, {
        actorId: me.userId,
        action: "agreement.field-changed",
        entity: "Agreement",
        entityId: agreementId,
        before: { [f]: comparable((current as Record<string, unknown>)[f]) },
        after: { [f]: comparable(wanted[f]) },
      });
    }
    // The signers follow the content (a new tutor, supervisor or representative).
    await copyCircuit(tx, agreementId, false);
  });
  return getAgreement(me, agreementId);
}

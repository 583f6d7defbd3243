import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, field, invalid, notFound } from "@/lib/core/errors";
import { toMinorUnits } from "@/lib/core/money";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import {
  amendmentSelect,
  amendmentSha256,
  toAmendmentView,
  type AmendmentChanges,
  type AmendmentView,
} from "./amendment-view";
import { agreementScope } from "./policy";
import { AMENDABLE_FIELDS, amendmentSchema } from "./schemas";

const day = (value: Date) => value.toISOString().slice(0, 10);
const comparable = (value: unknown) =>
  value instanceof Date ? day(value) : ((value as string | number | null) ?? null);

/**
 * A party of a validated agreement (student, enterprise member or tutor, supervisor, university
 * staff) proposes to change its dates, place, tutor, supervisor or stipend, or to end the
 * internship early with a reason. The amendment records each field as signed and as proposed,
 * and is signed in the agreement's circuit order by its signatories (`amendment.turn`); one
 * amendment at a time.
 */
export async function proposeAmendment(
  actor: Actor | null,
  agreementId: string,
  input: unknown,
): Promise<AmendmentView> {
  const me = requireActor(actor);
  const data = await validate(amendmentSchema, input);
  const id = await db.$transaction(async (tx) => {
    // One open amendment per agreement: proposals of one agreement wait for each other.
    await tx.$queryRaw`select id from "Agreement" where id = ${agreementId} for update`;
    const agreement = await tx.agreement.findFirst({
      where: { AND: [{ id: agreementId }, agreementScope(me)] },
      select: {
        status: true,
        universityId: true,
        contentSha256: true,
        startDate: true,
        endDate: true,
        place: true,
        tutorName: true,
        tutorEmail: true,
        supervisorId: true,
        stipendAmountMinor: true,
        stipendCurrency: true,
        internship: { select: { status: true } },
        amendments: { where: { status: "PROPOSED" }, select: { id: true } },
        steps: {
          orderBy: { order: "asc" },
          select: { order: true, party: true, signerUserId: true, signerName: true, signerEmail: true },
        },
      },
    });
    if (!agreement) throw notFound("agreementNotFound");
    if (agreement.status !== "VALIDATED") throw conflict("amendmentNeedsValidated");
    if (agreement.amendments.length) throw conflict("amendmentOpen");
    const current: Record<string, unknown> = { ...agreement, stipendAmount: agreement.stipendAmountMinor };
    const wanted: Record<string, unknown> = {
      ...data,
      stipendAmount:
        data.stipendAmount === undefined ? undefined : toMinorUnits(data.stipendAmount, agreement.stipendCurrency),
    };
    const changes: AmendmentChanges = {};
    for (const name of AMENDABLE_FIELDS) {
      if (wanted[name] === undefined) continue;
      const before = comparable(current[name]);
      const after = comparable(wanted[name]);
      if (before !== after) changes[name === "stipendAmount" ? "stipendAmountMinor" : name] = { before, after };
    }
    if (data.earlyEndOn) {
      if (Object.keys(changes).length) throw invalid({ earlyEndOn: field("earlyEndAlone") });
      if (data.earlyEndOn < agreement.startDate || data.earlyEndOn > agreement.endDate) {
        throw invalid({ earlyEndOn: field("earlyEndOutOfRange") });
      }
      const running = agreement.internship?.status === "PLANNED" || agreement.internship?.status === "ACTIVE";
      if (!running) throw conflict("amendmentInternshipNotRunning");
      changes.endDate = { before: day(agreement.endDate), after: day(data.earlyEndOn) };
      changes.earlyEnd = { before: null, after: data.reason! };
    }
    if (Object.keys(changes).length === 0) throw invalid({}, "amendmentNoChange");
    const start = String(changes.startDate?.after ?? day(agreement.startDate));
    const end = String(changes.endDate?.after ?? day(agreement.endDate));
    if (end < start) throw invalid({ endDate: field("endBeforeStart") });
    if (changes.startDate && !changes.startDate.after) throw invalid({ startDate: field("required") });
    if (changes.endDate && !changes.endDate.after) throw invalid({ endDate: field("required") });
    if (changes.supervisorId?.after) {
      const supervisor = await tx.universityStaff.findFirst({
        where: { id: String(changes.supervisorId.after), universityId: agreement.universityId },
        select: { id: true },
      });
      if (!supervisor) throw invalid({ supervisorId: field("supervisorUnknown") });
    }
    const summary = data.reason ?? "";
    const steps = agreement.steps.map((s) => ({
      order: s.order,
      party: s.party,
      signerUserId: s.signerUserId,
      signerName: s.signerName,
      signerEmail: s.signerEmail,
    }));
    const contentSha256 = amendmentSha256({
      agreementId,
      agreementSha256: agreement.contentSha256,
      summary,
      changes,
      steps: steps.map((s) => ({ order: s.order, party: s.party, email: s.signerEmail })),
    });
    const created = await tx.agreementAmendment.create({
      data: {
        agreementId,
        summary,
        changes,
        proposedById: me.userId,
        contentSha256,
        steps: { createMany: { data: steps } },
      },
      select: { id: true, steps: { orderBy: { order: "asc" }, take: 1, select: { id: true } } },
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "agreement.amendment-proposed",
      entity: "Agreement",
      entityId: agreementId,
      after: { amendmentId: created.id, changes, sha256: contentSha256 },
    });
    await recordEvent(tx, "amendment.turn", {
      agreementId,
      amendmentId: created.id,
      stepId: created.steps[0]!.id,
    });
    return created.id;
  });
  const row = await db.agreementAmendment.findUniqueOrThrow({ where: { id }, select: amendmentSelect });
  return toAmendmentView(row, me);
}

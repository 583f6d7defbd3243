import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { canonicalJson } from "./document-hash";
import { signsStep } from "./policy";

export type FieldChange = { before: string | number | null; after: string | number | null };
/** { field: { before, after } }, plus `earlyEnd: { before: null, after: reason }` for an early end. */
export type AmendmentChanges = Record<string, FieldChange>;

export const amendmentSelect = {
  id: true,
  agreementId: true,
  summary: true,
  changes: true,
  status: true,
  contentSha256: true,
  createdAt: true,
  decidedAt: true,
  proposedBy: { select: { name: true } },
  agreement: { select: { universityId: true } },
  steps: {
    orderBy: { order: "asc" },
    select: {
      id: true,
      order: true,
      party: true,
      signerUserId: true,
      signerName: true,
      signerEmail: true,
      status: true,
      askedAt: true,
      lastRemindedAt: true,
      signedAt: true,
      method: true,
      documentSha256: true,
      refusalReason: true,
    },
  },
} satisfies Prisma.AgreementAmendmentSelect;

export type AmendmentRow = Prisma.AgreementAmendmentGetPayload<{ select: typeof amendmentSelect }>;

/** The step whose turn it is: the first not signed, while the amendment is proposed. */
export const amendmentTurn = <S extends { status: string }>(row: { status: string; steps: S[] }) =>
  row.status === "PROPOSED" ? (row.steps.find((s) => s.status !== "SIGNED") ?? null) : null;

/** The SHA-256 of what the parties sign: the agreement as signed, the changes and who signs. */
export function amendmentSha256(content: {
  agreementId: string;
  agreementSha256: string | null;
  summary: string;
  changes: AmendmentChanges;
  steps: { order: number; party: string; email: string | null }[];
}) {
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}

/** What the API and the agreement page show of an amendment: the diff, the signatures, your turn. */
export function toAmendmentView(row: AmendmentRow, actor: Actor | null) {
  const turn = amendmentTurn(row);
  const changes = row.changes as AmendmentChanges;
  return {
    id: row.id,
    agreementId: row.agreementId,
    status: row.status,
    summary: row.summary,
    changes: Object.entries(changes).map(([field, change]) => ({ field, before: change.before, after: change.after })),
    proposedBy: row.proposedBy?.name ?? null,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    contentSha256: row.contentSha256,
    waitingFor: turn ? { party: turn.party, since: turn.askedAt, lastRemindedAt: turn.lastRemindedAt } : null,
    steps: row.steps.map((step) => ({
      order: step.order,
      party: step.party,
      signer: { name: step.signerName, email: step.signerEmail },
      status: step.status,
      signedAt: step.signedAt,
      method: step.method,
      documentSha256: step.documentSha256,
      refusalReason: step.refusalReason,
    })),
    yourTurn: Boolean(actor && turn && signsStep(actor, turn, row.agreement)),
  };
}

export type AmendmentView = ReturnType<typeof toAmendmentView>;

import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { consume } from "@/lib/core/rate-limit";
import { mailAmendmentSigningLink } from "./ask-amendment-signer";
import { amendmentSelect, amendmentTurn, toAmendmentView, type AmendmentView } from "./amendment-view";
import { codeDigest } from "./signing-code";

export type AmendmentLinkState =
  | {
      state: "valid";
      amendment: AmendmentView;
      party: string;
      student: string;
      enterprise: string;
    }
  | { state: "expired" }
  | { state: "invalid" };

const agreementNames = {
  student: { select: { user: { select: { name: true } } } },
  enterprise: { select: { name: true } },
} as const;

/**
 * What the page of an e-mailed amendment link shows without signing in: the amendment's changes
 * when the link is valid and it is that signer's turn; "expired" (a new link is one click away)
 * or "invalid" (used, replaced, or the amendment was decided) otherwise.
 */
export async function readAmendmentSigningLink(code: string): Promise<AmendmentLinkState> {
  if (!code || code.length > 100) return { state: "invalid" };
  const step = await db.agreementAmendmentStep.findUnique({
    where: { codeHash: codeDigest(code) },
    select: { id: true, party: true, codeExpiresAt: true, amendmentId: true },
  });
  if (!step) return { state: "invalid" };
  if (step.codeExpiresAt && step.codeExpiresAt < new Date()) return { state: "expired" };
  const row = await db.agreementAmendment.findUniqueOrThrow({
    where: { id: step.amendmentId },
    select: { ...amendmentSelect, agreement: { select: { universityId: true, ...agreementNames } } },
  });
  if (amendmentTurn(row)?.id !== step.id) return { state: "invalid" };
  return {
    state: "valid",
    amendment: toAmendmentView(row, null),
    party: step.party,
    student: row.agreement.student.user.name,
    enterprise: row.agreement.enterprise.name,
  };
}

/**
 * One click on an expired amendment link: a new link goes to the same address (never another),
 * if it is still that signer's turn. The old link stops working either way.
 */
export async function renewAmendmentSigningLink(code: string, ip: string): Promise<{ sent: true }> {
  await consume("agreement-link", ip, 5, 3600);
  await db.$transaction(async (tx) => {
    const step = await tx.agreementAmendmentStep.findFirst({
      where: { codeHash: codeDigest(String(code).slice(0, 100)), status: "PENDING", amendment: { status: "PROPOSED" } },
      select: {
        id: true,
        signerName: true,
        signerEmail: true,
        amendment: {
          select: {
            status: true,
            steps: { orderBy: { order: "asc" }, select: { id: true, status: true } },
            agreement: { select: { language: true, ...agreementNames } },
          },
        },
      },
    });
    if (!step || amendmentTurn(step.amendment)?.id !== step.id || !step.signerEmail) {
      throw new AppError("INVALID_TOKEN", "signingCodeInvalid");
    }
    await mailAmendmentSigningLink(tx, { ...step, signerEmail: step.signerEmail });
  });
  return { sent: true };
}

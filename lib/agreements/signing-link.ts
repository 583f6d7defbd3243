import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { consume } from "@/lib/core/rate-limit";
import { mailSigningLink } from "./ask-signer";
import { agreementSelect, currentStep, toAgreementView, type AgreementView } from "./agreement-view";
import { codeDigest } from "./signing-code";

export type SigningLinkState =
  | { state: "valid"; agreement: AgreementView; party: string; signerName: string | null }
  | { state: "expired" }
  | { state: "invalid" };

/**
 * What the page of an e-mailed link shows, without signing in: the agreement when the link is
 * valid and it is that signer's turn; "expired" (with a button for a new link) or "invalid"
 * (used, replaced, or the agreement went back to draft) otherwise.
 */
export async function readSigningLink(code: string): Promise<SigningLinkState> {
  if (!code || code.length > 100) return { state: "invalid" };
  const step = await db.agreementStep.findUnique({
    where: { codeHash: codeDigest(code) },
    select: { id: true, party: true, signerName: true, codeExpiresAt: true, agreementId: true },
  });
  if (!step) return { state: "invalid" };
  if (step.codeExpiresAt && step.codeExpiresAt < new Date()) return { state: "expired" };
  const row = await db.agreement.findUniqueOrThrow({ where: { id: step.agreementId }, select: agreementSelect });
  if (currentStep(row)?.id !== step.id) return { state: "invalid" };
  return {
    state: "valid",
    agreement: toAgreementView(row, null, false),
    party: step.party,
    signerName: step.signerName,
  };
}

/**
 * One click on an expired link: a new link goes to the same address (never another), if it is
 * still that signer's turn. The old link stops working either way.
 */
export async function renewSigningLink(code: string, ip: string): Promise<{ sent: true }> {
  await consume("agreement-link", ip, 5, 3600);
  await db.$transaction(async (tx) => {
    const step = await tx.agreementStep.findFirst({
      where: { codeHash: codeDigest(String(code).slice(0, 100)), status: "PENDING", agreement: { status: "SIGNING" } },
      select: {
        id: true,
        party: true,
        signerUserId: true,
        signerName: true,
        signerEmail: true,
        deadline: true,
        agreement: {
          select: {
            id: true,
            language: true,
            student: { select: { user: { select: { name: true } } } },
            enterprise: { select: { name: true } },
            steps: { orderBy: { order: "asc" }, select: { id: true, status: true } },
          },
        },
      },
    });
    const turn = step?.agreement.steps.find((s) => s.status !== "SIGNED");
    if (!step || turn?.id !== step.id || !step.signerEmail) throw new AppError("INVALID_TOKEN", "signingCodeInvalid");
    await mailSigningLink(tx, step);
  });
  return { sent: true };
}

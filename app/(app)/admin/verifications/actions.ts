"use server";
import { serverAction } from "@/lib/core/server-action";
import { decideVerification } from "@/lib/enterprises/decide-verification";

export const decide = serverAction((input: { enterpriseId: string; decision: string; reason?: string | null }, actor) =>
  decideVerification(actor, String(input.enterpriseId ?? ""), { decision: input.decision, reason: input.reason }),
);

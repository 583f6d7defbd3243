"use server";
import { headers } from "next/headers";
import { draftAgreement } from "@/lib/agreements/draft-agreement";
import { refuseAgreement } from "@/lib/agreements/refuse-agreement";
import { saveCircuit } from "@/lib/agreements/save-circuit";
import { signAgreement } from "@/lib/agreements/sign-agreement";
import { submitAgreement } from "@/lib/agreements/submit-agreement";
import { updateAgreement } from "@/lib/agreements/update-agreement";
import { clientIp } from "@/lib/core/request-info";
import { serverAction } from "@/lib/core/server-action";

export const draft = serverAction(async (input: { universityId: string; applicationId: string }, actor) => {
  const { id } = await draftAgreement(actor, String(input.universityId), { applicationId: input.applicationId });
  return { id };
});

export const save = serverAction(async (input: { id: string; values: Record<string, unknown> }, actor) => {
  const { status } = await updateAgreement(actor, String(input.id), input.values);
  return { status };
});

export const submit = serverAction(async (input: { id: string }, actor) => {
  const { status } = await submitAgreement(actor, String(input.id));
  return { status };
});

export const sign = serverAction(
  async (input: { id: string; password: string; typedName: string; consent: boolean }, actor) => {
    const { id, ...rest } = input;
    return signAgreement(actor, String(id), { ...rest, code: undefined }, clientIp(await headers()));
  },
  { rateLimit: { name: "agreement-sign-action", points: 20, seconds: 60 } },
);

export const refuse = serverAction(async (input: { id: string; reason: string }, actor) =>
  refuseAgreement(actor, String(input.id), { reason: input.reason }),
);

export const saveSigningCircuit = serverAction(
  async (input: { universityId: string; departmentId?: string | null; steps: unknown }, actor) => {
    const { universityId, ...rest } = input;
    return saveCircuit(actor, String(universityId), rest);
  },
);

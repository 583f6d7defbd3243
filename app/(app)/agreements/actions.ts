"use server";
import { headers } from "next/headers";
import { draftAgreement } from "@/lib/agreements/draft-agreement";
import { proposeAmendment } from "@/lib/agreements/propose-amendment";
import { remindAgreements } from "@/lib/agreements/remind-agreements";
import { removeDepartmentCircuit } from "@/lib/agreements/remove-department-circuit";
import { refuseAmendment, signAmendment } from "@/lib/agreements/sign-amendment";
import { recordPaperSignature } from "@/lib/agreements/record-paper-signature";
import { refuseAgreement } from "@/lib/agreements/refuse-agreement";
import { saveAgreementTemplate } from "@/lib/agreements/save-agreement-template";
import { saveCircuit } from "@/lib/agreements/save-circuit";
import { signAgreement } from "@/lib/agreements/sign-agreement";
import { submitAgreement } from "@/lib/agreements/submit-agreement";
import { updateAgreement } from "@/lib/agreements/update-agreement";
import { clientIp } from "@/lib/core/request-info";
import { serverAction } from "@/lib/core/server-action";
import { uploadedFile } from "@/lib/documents/uploaded-file";

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
  async (
    input: { id: string; password: string; typedName: string; consent: boolean; documentSha256?: string },
    actor,
  ) => {
    const { id, ...rest } = input;
    return signAgreement(actor, String(id), { ...rest, code: undefined }, clientIp(await headers()));
  },
  { rateLimit: { name: "agreement-sign-action", points: 20, seconds: 60 } },
);

export const refuse = serverAction(async (input: { id: string; reason: string }, actor) =>
  refuseAgreement(actor, String(input.id), { reason: input.reason }),
);

export const saveSigningCircuit = serverAction(
  async (
    input: { universityId: string; departmentId?: string | null; steps: unknown; reminderAfterDays?: number },
    actor,
  ) => {
    const { universityId, ...rest } = input;
    return saveCircuit(actor, String(universityId), rest);
  },
);

export const proposeAmendmentAction = serverAction(
  async (input: { id: string; values: Record<string, unknown> }, actor) => {
    const { id, status } = await proposeAmendment(actor, String(input.id), input.values);
    return { id, status };
  },
);

export const signAmendmentAction = serverAction(
  async (
    input: {
      id: string;
      amendmentId: string;
      password: string;
      typedName: string;
      consent: boolean;
      documentSha256?: string;
    },
    actor,
  ) => {
    const { id, amendmentId, ...rest } = input;
    return signAmendment(
      actor,
      String(id),
      String(amendmentId),
      { ...rest, code: undefined },
      clientIp(await headers()),
    );
  },
  { rateLimit: { name: "agreement-sign-action", points: 20, seconds: 60 } },
);

export const refuseAmendmentAction = serverAction(
  async (input: { id: string; amendmentId: string; reason: string }, actor) =>
    refuseAmendment(actor, String(input.id), String(input.amendmentId), { reason: input.reason }),
);

export const remind = serverAction(async (input: { universityId: string; ids: string[] }, actor) =>
  remindAgreements(actor, String(input.universityId), { ids: input.ids }),
);

export const saveTemplate = serverAction(
  async (input: { universityId: string; departmentId?: string | null; fr: unknown; en: unknown }, actor) => {
    const { universityId, ...rest } = input;
    return saveAgreementTemplate(actor, String(universityId), rest);
  },
);

/** A department's own circuit and articles are removed: it follows the university's again. */
export const removeCircuitOverride = serverAction(
  async (input: { universityId: string; departmentId: string }, actor) => {
    const { universityId, ...rest } = input;
    return removeDepartmentCircuit(actor, String(universityId), rest);
  },
);

/** The university records a party's paper signature: the scan of the signed page, for the party at its turn. */
export const signOnPaper = serverAction(
  async (form: FormData, actor) => {
    const { status } = await recordPaperSignature(
      actor,
      String(form.get("id") ?? ""),
      { party: form.get("party") },
      await uploadedFile(form.get("scan")),
      clientIp(await headers()),
    );
    return { status };
  },
  { input: "form" },
);

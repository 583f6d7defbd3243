"use server";
import { serverAction } from "@/lib/core/server-action";
import type { UploadedFile } from "@/lib/documents/store-document";
import { inviteMember } from "@/lib/enterprises/invite-member";
import { removeMember } from "@/lib/enterprises/remove-member";
import { requestVerification } from "@/lib/enterprises/request-verification";
import { updateEnterpriseProfile } from "@/lib/enterprises/update-enterprise-profile";
import { uploadEnterpriseLogo } from "@/lib/enterprises/upload-enterprise-logo";

async function uploaded(value: FormDataEntryValue | null): Promise<UploadedFile | null> {
  if (!(value instanceof File) || value.size === 0) return null;
  return { bytes: new Uint8Array(await value.arrayBuffer()), fileName: value.name };
}

export const saveProfile = serverAction(async (input: Record<string, unknown>, actor) => {
  await updateEnterpriseProfile(actor, actor?.enterprise?.id ?? "", input);
  return null;
});

export const uploadLogo = serverAction(async (form: FormData, actor) => uploadEnterpriseLogo(actor, await uploaded(form.get("logo"))));

export const invite = serverAction((input: { email: string; role: string }, actor) => inviteMember(actor, input));

export const remove = serverAction((input: { memberId: string }, actor) => removeMember(actor, input));

export const askVerification = serverAction(async (form: FormData, actor) => {
  const documents = (await Promise.all(form.getAll("documents").map(uploaded))).filter((file) => file !== null);
  return requestVerification(actor, { registrationNumber: form.get("registrationNumber"), documents });
});

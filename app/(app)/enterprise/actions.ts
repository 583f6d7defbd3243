"use server";
import { serverAction } from "@/lib/core/server-action";
import { uploadedFile } from "@/lib/documents/uploaded-file";
import { inviteMember } from "@/lib/enterprises/invite-member";
import { removeMember } from "@/lib/enterprises/remove-member";
import { requestVerification } from "@/lib/enterprises/request-verification";
import { updateEnterpriseProfile } from "@/lib/enterprises/update-enterprise-profile";
import { uploadEnterpriseLogo } from "@/lib/enterprises/upload-enterprise-logo";

export const saveProfile = serverAction(async (input: Record<string, unknown>, actor) => {
  await updateEnterpriseProfile(actor, actor?.enterprise?.id ?? "", input);
  return null;
});

export const uploadLogo = serverAction(
  async (form: FormData, actor) => uploadEnterpriseLogo(actor, await uploadedFile(form.get("logo"))),
  { input: "form" },
);

export const invite = serverAction((input: { email: string; role: string }, actor) => inviteMember(actor, input));

export const remove = serverAction((input: { memberId: string }, actor) => removeMember(actor, input));

export const askVerification = serverAction(
  async (form: FormData, actor) => {
    const documents = (await Promise.all(form.getAll("documents").map(uploadedFile))).filter((file) => file !== null);
    return requestVerification(actor, { registrationNumber: form.get("registrationNumber"), documents });
  },
  { input: "form" },
);

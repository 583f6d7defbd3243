"use server";
import { serverAction } from "@/lib/core/server-action";
import { resendUserConfirmation } from "@/lib/identity/resend-user-confirmation";
import { setUserDisabled } from "@/lib/identity/set-user-disabled";

export const disableUser = serverAction((userId: string, actor) => setUserDisabled(actor, userId, true), {
  input: "id",
});

export const enableUser = serverAction((userId: string, actor) => setUserDisabled(actor, userId, false), {
  input: "id",
});

export const resendConfirmation = serverAction((userId: string, actor) => resendUserConfirmation(actor, userId), {
  input: "id",
});

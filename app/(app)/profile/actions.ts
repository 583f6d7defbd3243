"use server";
import { cookies, headers } from "next/headers";
import QRCode from "qrcode";
import { LOCALE_COOKIE } from "@/lib/core/i18n-config";
import { clientIp } from "@/lib/core/request-info";
import { serverAction } from "@/lib/core/server-action";
import { changePassword } from "@/lib/identity/change-password";
import { cancelAccountDeletion } from "@/lib/identity/cancel-account-deletion";
import { confirmTotp } from "@/lib/identity/confirm-totp";
import { scheduleAccountDeletion } from "@/lib/identity/schedule-account-deletion";
import { requestEmailChange } from "@/lib/identity/request-email-change";
import { disableTotp } from "@/lib/identity/disable-totp";
import { endSession } from "@/lib/identity/end-session";
import { signOut } from "@/lib/identity/next-auth";
import { startTotpEnrolment } from "@/lib/identity/start-totp-enrolment";
import { updateAccount } from "@/lib/identity/update-account";

export const saveAccount = serverAction(async (input: { name: string; locale: string }, actor) => {
  const saved = await updateAccount(actor, input);
  (await cookies()).set(LOCALE_COOKIE, saved.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return saved;
});

/** A pending TOTP secret, with its QR code for the authenticator app. */
export const beginTotpEnrolment = serverAction(
  async (_: null, actor) => {
    const { secret, uri } = await startTotpEnrolment(actor);
    return { secret, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 208 }) };
  },
  { input: "any" },
);

export const confirmTotpEnrolment = serverAction((input: { code: string }, actor) => confirmTotp(actor, input));

export const turnOffTotp = serverAction(async (input: { code: string }, actor) => {
  await disableTotp(actor, input, clientIp(await headers()));
  return null;
});

/** Ending the session this browser uses signs it out. */
export const endOwnSession = serverAction(
  async (id: string, actor) => {
    const { current } = await endSession(actor, id);
    if (current) await signOut({ redirectTo: "/sign-in" });
    return null;
  },
  { input: "id" },
);

export const savePassword = serverAction(async (input: { currentPassword: string; password: string }, actor) => {
  await changePassword(actor, input);
  return null;
});

export const askEmailChange = serverAction((input: { email: string; password: string }, actor) =>
  requestEmailChange(actor, input),
);

export const askAccountDeletion = serverAction((input: { password: string; confirm: boolean }, actor) =>
  scheduleAccountDeletion(actor, input),
);

export const keepAccount = serverAction((_: null, actor) => cancelAccountDeletion(actor), { input: "any" });

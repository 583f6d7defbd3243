"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/core/i18n-config";
import { serverAction } from "@/lib/core/server-action";
import { updateAccount } from "@/lib/identity/update-account";

export const saveAccount = serverAction(async (input: { name: string; locale: string }, actor) => {
  const saved = await updateAccount(actor, input);
  (await cookies()).set(LOCALE_COOKIE, saved.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return saved;
});

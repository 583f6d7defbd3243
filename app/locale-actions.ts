"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/core/i18n-config";
import { serverAction } from "@/lib/core/server-action";
import { changeLocale } from "@/lib/identity/change-locale";

/** Remembers the chosen language in a cookie for the browser, and on the account when signed in. */
export const setLocale = serverAction(
  async (locale: string, actor) => {
    const chosen = await changeLocale(actor, locale);
    (await cookies()).set(LOCALE_COOKIE, chosen, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    return chosen;
  },
  { input: "any" },
);

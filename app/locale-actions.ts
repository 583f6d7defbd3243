"use server";
import { cookies } from "next/headers";
import { db } from "@/lib/core/db";
import { asLocale, LOCALE_COOKIE } from "@/lib/core/i18n-config";
import { sessionActor } from "@/lib/identity/current-actor";

/** Remembers the chosen language in a cookie, and on the account when signed in (for e-mails). */
export async function setLocale(locale: string): Promise<void> {
  const chosen = asLocale(locale);
  (await cookies()).set(LOCALE_COOKIE, chosen, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const actor = await sessionActor();
  if (actor) await db.user.update({ where: { id: actor.userId }, data: { locale: chosen } });
}

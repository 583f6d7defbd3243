import { db } from "@/lib/core/db";
import { asLocale, type Locale } from "@/lib/core/i18n-config";
import type { Actor } from "./actor";

/** The chosen language, remembered on the account when signed in (e-mails are written in it). */
export async function changeLocale(actor: Actor | null, locale: unknown): Promise<Locale> {
  const chosen = asLocale(typeof locale === "string" ? locale : undefined);
  if (actor) await db.user.update({ where: { id: actor.userId }, data: { locale: chosen } });
  return chosen;
}

import { notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import { translator } from "@/lib/core/translator";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { feedContext } from "./feed-event";
import { signatureEvents } from "./feed-signatures";
import { renderFeed } from "./render-feed";

/**
 * GET /agreements/{id}/signature.ics: the caller's signature due on an agreement, as one all-day
 * event on its last day, to add to a calendar. The same UID as in the feed (`signature-<step>@host`),
 * so a calendar holding both keeps one. Not their turn (or not theirs at all) reads as not found.
 */
export async function signatureInvite(actor: Actor | null, agreementId: string, now = new Date()) {
  const me = requireActor(actor);
  const events = isPlausibleId(agreementId) ? await signatureEvents(feedContext(me, now), agreementId) : [];
  if (events.length === 0) throw notFound("signatureNotDue");
  const t = translator(me.locale, "calendar.feed");
  return {
    fileName: `signature-${agreementId}.ics`,
    ics: renderFeed({ name: t("name"), description: t("description", { name: me.name }), events }),
  };
}

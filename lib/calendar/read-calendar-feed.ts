import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { translator } from "@/lib/core/translator";
import { loadActor } from "@/lib/identity/actor";
import { deadlineEvents } from "./feed-deadlines";
import { feedContext, type FeedEvent } from "./feed-event";
import { evaluationEvents, visitEvents } from "./feed-internships";
import { interviewEvents } from "./feed-interviews";
import { signatureEvents } from "./feed-signatures";
import { renderFeed } from "./render-feed";
import { isFeedTokenShape, tokenDigest } from "./feed-token";

/**
 * GET /calendar/feed/{token}: the feed of whoever holds the token, without a session. An unknown,
 * renewed or revoked token, a malformed one, or a disabled or erased account all read as not
 * found. It writes nothing: the same data gives the same bytes (DTSTAMP is each row's last change).
 */
export async function readCalendarFeed(tokenParam: string, now = new Date()): Promise<{ ics: string }> {
  const token = tokenParam.endsWith(".ics") ? tokenParam.slice(0, -4) : tokenParam;
  if (!isFeedTokenShape(token)) throw notFound("calendarFeedNotFound");
  const feed = await db.calendarFeed.findFirst({
    where: { tokenHash: tokenDigest(token), user: { disabledAt: null, deletedAt: null } },
    select: { userId: true },
  });
  const me = feed && (await loadActor(feed.userId));
  if (!me) throw notFound("calendarFeedNotFound");
  const context = feedContext(me, now);
  const kinds = await Promise.all(
    [interviewEvents, deadlineEvents, signatureEvents, visitEvents, evaluationEvents].map((collect) =>
      collect(context),
    ),
  );
  const events: FeedEvent[] = kinds.flat();
  const t = translator(me.locale, "calendar.feed");
  return { ics: renderFeed({ name: t("name"), description: t("description", { name: me.name }), events }) };
}

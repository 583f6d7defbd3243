import { feedToken, feedUrl, tokenDigest } from "./feed-token";

export const feedSelect = { userId: true, salt: true, tokenHash: true, createdAt: true, updatedAt: true } as const;

type FeedRow = { userId: string; salt: string; tokenHash: string; createdAt: Date; updatedAt: Date };

/**
 * What the owner sees of their feed: the address (https and webcal), and since when it is valid.
 * A token that no longer matches its digest (AUTH_SECRET changed) is shown as none to renew.
 */
export function toCalendarFeedView(row: FeedRow | null) {
  if (!row) return null;
  const token = feedToken(row.userId, row.salt);
  if (tokenDigest(token) !== row.tokenHash) return null;
  const url = feedUrl(token);
  return { url, webcalUrl: url.replace(/^https?:/, "webcal:"), renewedAt: row.updatedAt };
}
export type CalendarFeedView = NonNullable<ReturnType<typeof toCalendarFeedView>>;

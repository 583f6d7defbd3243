import { env } from "@/lib/core/env";
import type { Actor } from "@/lib/identity/actor";

/** One entry of a feed: an instant range (UTC), or a calendar day (a UTC-midnight `Date`). */
export type FeedEvent = {
  uid: string;
  /** Rises whenever the thing moves, so calendars replace their copy. */
  sequence: number;
  /** When the thing was last changed (DTSTAMP): the same bytes for the same data. */
  stamp: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
} & ({ allDay: false; start: Date; end: Date } | { allDay: true; day: Date });

export type FeedContext = { me: Actor; now: Date; host: string; appUrl: string };

export const feedContext = (me: Actor, now: Date): FeedContext => ({
  me,
  now,
  host: new URL(env().APP_URL).hostname,
  appUrl: env().APP_URL,
});

/** How far back a feed reaches: recent past events stay, older ones drop off. */
export const sinceOf = (now: Date) => new Date(now.getTime() - 60 * 86_400_000);
/** The same bound as a calendar day (UTC midnight), for `date` columns. */
export const sinceDayOf = (now: Date) => new Date(`${sinceOf(now).toISOString().slice(0, 10)}T00:00:00Z`);
/** At most this many of each kind: a feed stays small enough for every calendar to read. */
export const PER_KIND = 300;

/**
 * A SEQUENCE for things that keep no counter of their own (deadlines, evaluations due): minutes
 * since 2024 of the row's last change (or of the date it names), which only rises when it moves.
 */
export const versionOf = (date: Date) => Math.max(0, Math.floor((date.getTime() - Date.UTC(2024, 0, 1)) / 60_000));

/** "jeudi 5 mars 2026 à 09:00 (Europe/Paris)": the time as the people who set it read it. */
export const localTime = (locale: string, at: Date, timeZone: string) =>
  `${new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone }).format(at)} (${timeZone})`;

export const dayText = (locale: string, day: Date) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(day);

import ical, { ICalEventStatus } from "ical-generator";
import type { FeedEvent } from "./feed-event";

/**
 * A subscription calendar (no METHOD: it is published, not an invitation). Instants are written
 * in UTC and days as DATE values, never in a zone: ical-generator writes wrong local times for a
 * zone given with plain `Date`s, and every calendar shows UTC in its owner's zone. Calendars are
 * asked to read it again every hour.
 */
/** TEXT escaping (RFC 5545 §3.3.11), which ical-generator leaves out for the calendar's own name and description. */
const text = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");

export function renderFeed(input: { name: string; description: string; events: FeedEvent[] }): string {
  const calendar = ical({
    prodId: { company: "Stagiaire", product: "calendar-feed", language: "FR" },
    name: text(input.name),
    description: text(input.description),
    ttl: 3600,
  });
  for (const event of input.events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: event.stamp,
      ...(event.allDay ? { start: event.day, allDay: true } : { start: event.start, end: event.end }),
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: event.url,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  // Every content line ends with CRLF (RFC 5545 §3.1), the last one too.
  const written = calendar.toString();
  return written.endsWith("\r\n") ? written : `${written}\r\n`;
}

import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

/**
 * One event as an iCalendar invitation. The UID never changes for the thing it describes and
 * SEQUENCE rises with each version, so calendars update the one event (METHOD:REQUEST) or remove
 * it (METHOD:CANCEL). Instants are UTC `Date`s with no zone: the calendar shows them in its owner's
 * zone (ical-generator writes wrong local times for a zone given with plain `Date`s).
 */
export function calendarInvite(input: {
  product: string;
  uid: string;
  sequence: number;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled: boolean;
  organizer: { name: string; email: string };
  attendees: { name?: string; email: string }[];
}): string {
  const calendar = ical({
    prodId: { company: "Stagiaire", product: input.product, language: "FR" },
    method: input.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    start: input.start,
    end: input.end,
    summary: input.summary,
    description: input.description,
    location: input.location,
    url: input.url,
    status: input.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: input.organizer,
    attendees: input.attendees,
  });
  // Every content line ends with CRLF (RFC 5545 §3.1), the last one too: ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

/** The address in a "Name <address>" sender. */
export const mailAddress = (from: string) => from.match(/<([^>]+)>/)?.[1] ?? from;

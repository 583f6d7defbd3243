import * as yup from "yup";
import { clearableText, tooLarge, tooLong, tooSmall } from "./limit-messages";

// The slot engine shared by interviews (applications) and supervisor visits (internships): the
// fields of a slot, its end, the cut-off before which it may be picked, and the overlap rule.
// Shared by forms and domain functions: nothing server-only here.

export const SLOT_PLACE_MAX = 300;

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const minutes = (min: number, max: number) =>
  yup.number().typeError("number").integer("integer").min(min, tooSmall).max(max, tooLarge);

/** The fields every slot has (instants stay UTC ISO; `timeZone` is the zone shown to both sides). */
export const slotFields = {
  durationMinutes: minutes(10, 480).required("required"),
  location: clearableText(SLOT_PLACE_MAX),
  meetingUrl: clearableText(SLOT_PLACE_MAX).test("url", "url", (value) => !value || /^https:\/\/\S+$/.test(value)),
  minNoticeMinutes: minutes(0, 30 * 1440).default(1440),
  bufferMinutes: minutes(0, 240).default(0),
  timeZone: yup
    .string()
    .trim()
    .max(60, tooLong)
    .default("Europe/Paris")
    // Any zone the runtime knows: supportedValuesOf("timeZone") leaves out aliases such as "UTC",
    // the zone a browser on a server-like machine reports.
    .test("timeZone", "choice", (value) => !value || isTimeZone(value)),
};

/** When a slot of `durationMinutes` starting at `startsAt` ends. */
export const slotEnd = (startsAt: Date, durationMinutes: number) =>
  new Date(startsAt.getTime() + durationMinutes * 60_000);

/** The last moment a slot may be picked, moved from or cancelled by whoever books it. */
export const slotCutOff = (slot: { startsAt: Date; minNoticeMinutes: number }) =>
  new Date(slot.startsAt.getTime() - slot.minNoticeMinutes * 60_000);

/** Whether the slot has started. */
export const slotStarted = (slot: { startsAt: Date }, now = Date.now()) => slot.startsAt.getTime() <= now;

/**
 * The `where` of the slots (with `startsAt`/`endsAt` columns) that start or end within `bufferMinutes`
 * of this one: any of them makes it overlap.
 */
export const overlapWhere = (slot: { startsAt: Date; endsAt: Date }, bufferMinutes = 0) => {
  const buffer = bufferMinutes * 60_000;
  return {
    startsAt: { lt: new Date(slot.endsAt.getTime() + buffer) },
    endsAt: { gt: new Date(slot.startsAt.getTime() - buffer) },
  };
};

/** Whether two slots overlap, keeping `bufferMinutes` free between them (the same rule as `overlapWhere`). */
export const slotsOverlap = (
  a: { startsAt: Date; endsAt: Date },
  b: { startsAt: Date; endsAt: Date },
  bufferMinutes = 0,
) => {
  const buffer = bufferMinutes * 60_000;
  return a.startsAt.getTime() < b.endsAt.getTime() + buffer && a.endsAt.getTime() > b.startsAt.getTime() - buffer;
};

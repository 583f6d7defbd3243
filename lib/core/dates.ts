import * as yup from "yup";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export const isValidDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/** A "YYYY-MM-DD" day as a UTC instant; invalid for days that do not exist (2026-02-30). */
function fromDay(day: string, endOfDay: boolean) {
  const date = new Date(`${day}T${endOfDay ? "23:59:59.999" : "00:00:00.000"}Z`);
  return isValidDate(date) && date.toISOString().slice(0, 10) === day ? date : new Date(Number.NaN);
}

function toDate(original: unknown, endOfDay: boolean): Date | null | undefined {
  if (original === undefined) return undefined;
  if (original === null || original === "") return null;
  if (original instanceof Date) return original;
  if (typeof original === "string" && DAY.test(original)) return fromDay(original, endOfDay);
  if (typeof original === "string" && INSTANT.test(original)) return new Date(original);
  return new Date(Number.NaN);
}

/**
 * A calendar date, optional ("" or null clears it). A "YYYY-MM-DD" day is read in UTC, never in the
 * server's or browser's zone (a Paris browser would otherwise store the day before): midnight, or the
 * last millisecond of the day with `endOfDay` (a deadline lasts through its day, also when compared
 * with an instant before it is stored). Stored in a `@db.Date` column, either is that day. A full ISO instant
 * with its offset, or a Date, is kept as it is; anything else (a number, a list…) is a "date" error.
 */
export const calendarDate = ({ endOfDay = false }: { endOfDay?: boolean } = {}) =>
  yup
    .date()
    // yup's own coercion reads a bare day as local midnight and a number as a timestamp: ours replaces it.
    .clone({ coerce: false })
    .transform((_value: unknown, original: unknown) => toDate(original, endOfDay))
    .typeError("date")
    .nullable()
    .optional();

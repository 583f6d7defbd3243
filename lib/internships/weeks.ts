const DAY_MS = 86_400_000;

/** Today as a UTC-midnight day (calendar days are UTC days, decision 0009). */
export const utcToday = (now: Date = new Date()) => new Date(now.toISOString().slice(0, 10));

/** The Monday (UTC midnight) of the week a day falls in. */
export function mondayOf(day: Date): Date {
  const midnight = utcToday(day);
  const sinceMonday = (midnight.getUTCDay() + 6) % 7;
  return new Date(midnight.getTime() - sinceMonday * DAY_MS);
}

export const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS);
export const dayKey = (day: Date) => day.toISOString().slice(0, 10);
export const isMonday = (day: Date) => day.getUTCDay() === 1;

/** The Mondays of the weeks that touch the internship, first to last. */
export function internshipWeeks(startDate: Date, endDate: Date): Date[] {
  const weeks: Date[] = [];
  for (let monday = mondayOf(startDate); monday <= endDate; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

/**
 * The weeks of the internship that are over (their Sunday is before today) and have no logbook
 * entry: what the student, tutor and supervisor see as "missing". A week ends on its Sunday, so
 * the current week is never missing yet.
 */
export function missingWeeks(
  internship: { startDate: Date; endDate: Date },
  writtenWeeks: Iterable<Date>,
  today: Date = utcToday(),
): Date[] {
  const written = new Set([...writtenWeeks].map(dayKey));
  return internshipWeeks(internship.startDate, internship.endDate).filter(
    (monday) => addDays(monday, 7) <= today && !written.has(dayKey(monday)),
  );
}

/** Whole weeks the internship lasts (a started week counts), for the hours the agreement expects. */
export function weeksBetween(startDate: Date, endDate: Date): number {
  const days = Math.round((endDate.getTime() - startDate.getTime()) / DAY_MS) + 1;
  return Math.max(1, Math.ceil(days / 7));
}

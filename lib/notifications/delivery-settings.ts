import type { db, Tx } from "@/lib/core/db";
import type { DigestFrequency } from "@/lib/generated/prisma/enums";

export type DeliverySettings = {
  emailDigest: boolean;
  digestFrequency: DigestFrequency;
  /** The hour of the day (0–23, in `timeZone`) the digest goes out. */
  digestHour: number;
  quietStart: number | null;
  quietEnd: number | null;
  timeZone: string;
};

export const DEFAULT_SETTINGS: DeliverySettings = {
  emailDigest: false,
  digestFrequency: "DAILY",
  digestHour: 6,
  quietStart: null,
  quietEnd: null,
  timeZone: "Europe/Paris",
};

export async function loadDeliverySettings(tx: Tx | typeof db, userId: string): Promise<DeliverySettings> {
  const row = await tx.notificationSettings.findUnique({
    where: { userId },
    select: {
      emailDigest: true,
      digestFrequency: true,
      digestHour: true,
      quietStart: true,
      quietEnd: true,
      timeZone: true,
    },
  });
  return row ?? DEFAULT_SETTINGS;
}

/** Minutes after midnight of `now` on the wall clock of `timeZone`. */
export function minutesOfDay(now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
  return Number(parts.hour) * 60 + Number(parts.minute);
}

/**
 * When the user's quiet hours end, if `now` falls inside them (null otherwise). A window may span
 * midnight (22:00–07:00); start and end equal means no quiet hours.
 */
export function quietUntil(settings: DeliverySettings, now = new Date()): Date | null {
  const { quietStart: start, quietEnd: end } = settings;
  if (start === null || end === null || start === end) return null;
  const minute = minutesOfDay(now, settings.timeZone);
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return null;
  const wait = (end - minute + 1440) % 1440;
  const until = new Date(now.getTime() + wait * 60_000);
  until.setUTCSeconds(0, 0);
  return until;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/**
 * The last time the user's digest was due at or before `now`: today's (or this Monday's, for a
 * weekly digest) `digestHour` on their wall clock, else the one before. A run that missed that hour
 * still finds the e-mails held before it due.
 */
export function lastDigestTime(settings: DeliverySettings, now = new Date()): Date {
  const weekday = WEEKDAYS.indexOf(
    new Intl.DateTimeFormat("en-GB", { timeZone: settings.timeZone, weekday: "short" }).format(now),
  );
  const sinceMidnight = minutesOfDay(now, settings.timeZone);
  const period = settings.digestFrequency === "WEEKLY" ? 7 * 1440 : 1440;
  const intoPeriod = (settings.digestFrequency === "WEEKLY" ? weekday * 1440 : 0) + sinceMidnight;
  const since = (((intoPeriod - settings.digestHour * 60) % period) + period) % period;
  const at = new Date(now.getTime() - since * 60_000);
  at.setUTCSeconds(0, 0);
  return at;
}

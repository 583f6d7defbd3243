import type { db, Tx } from "@/lib/core/db";

export type DeliverySettings = {
  emailDigest: boolean;
  quietStart: number | null;
  quietEnd: number | null;
  timeZone: string;
};

export const DEFAULT_SETTINGS: DeliverySettings = {
  emailDigest: false,
  quietStart: null,
  quietEnd: null,
  timeZone: "Europe/Paris",
};

export async function loadDeliverySettings(tx: Tx | typeof db, userId: string): Promise<DeliverySettings> {
  const row = await tx.notificationSettings.findUnique({
    where: { userId },
    select: { emailDigest: true, quietStart: true, quietEnd: true, timeZone: true },
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

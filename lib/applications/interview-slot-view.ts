import { slotCutOff, slotStarted } from "@/lib/core/time-slots";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a slot shows: its time (UTC instants and the zone to show them in), place or link, places left. */
export const slotSelect = {
  id: true,
  offerId: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  location: true,
  meetingUrl: true,
  capacity: true,
  minNoticeMinutes: true,
  bufferMinutes: true,
  bookings: { where: { status: { not: "CANCELLED" } }, select: { id: true, applicationId: true, status: true } },
} satisfies Prisma.InterviewSlotSelect;

type SlotRow = Prisma.InterviewSlotGetPayload<{ select: typeof slotSelect }>;

/** The last moment a slot may be booked, moved from or cancelled by the student. */
export const bookingCutOff = slotCutOff;

/** Whether the slot has started: the enterprise may then record the interview's outcome. */
export const hasStarted = slotStarted;

/** The enterprise sees who booked; a student sees only the places left (`bookings` is left out). */
export function toSlotView(row: SlotRow, options: { withBookings: boolean }) {
  const { bookings, ...slot } = row;
  const taken = bookings.filter((booking) => booking.status === "BOOKED").length;
  return {
    ...slot,
    bookingClosesAt: bookingCutOff(row),
    placesLeft: Math.max(0, row.capacity - taken),
    ...(options.withBookings && { bookings }),
  };
}

export type SlotView = ReturnType<typeof toSlotView>;

export const bookingSelect = {
  id: true,
  applicationId: true,
  slotId: true,
  status: true,
  sequence: true,
  outcomeNotes: true,
  outcomeAt: true,
  cancellationNote: true,
  reminderSentAt: true,
  createdAt: true,
  updatedAt: true,
  slot: {
    select: { startsAt: true, endsAt: true, timeZone: true, location: true, meetingUrl: true, minNoticeMinutes: true },
  },
} satisfies Prisma.InterviewBookingSelect;

export type BookingView = Prisma.InterviewBookingGetPayload<{ select: typeof bookingSelect }>;

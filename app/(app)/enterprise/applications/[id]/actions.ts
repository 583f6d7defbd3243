"use server";
import { cancelInterviewBooking } from "@/lib/applications/cancel-interview-booking";
import { closeOfferWhenFilled } from "@/lib/applications/close-offer-when-filled";
import { recordInterviewOutcome } from "@/lib/applications/record-interview-outcome";
import { serverAction } from "@/lib/core/server-action";

const fieldsOf = (input: unknown): Record<string, unknown> =>
  typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};

/** The enterprise cancels an interview booking, with an optional message the student is told. */
export const cancelInterview = serverAction(async (input: { id: string; message?: string }, actor) => {
  const { id, message } = fieldsOf(input);
  const booking = await cancelInterviewBooking(actor, String(id ?? ""), { message });
  return { id: booking.id, status: booking.status, sequence: booking.sequence };
});

/** The enterprise records whether an interview was held or a no-show, with notes. */
export const recordOutcome = serverAction(async (input: { id: string; outcome: string; notes?: string }, actor) => {
  const { id, outcome, notes } = fieldsOf(input);
  const booking = await recordInterviewOutcome(actor, String(id ?? ""), { outcome, notes });
  return { id: booking.id, status: booking.status };
});

/** Every position taken: closes the offer and declines the applications still open, in one step. */
export const closeFilledOffer = serverAction(async (input: { offerId: string; message?: string }, actor) => {
  const { offerId, message } = fieldsOf(input);
  return closeOfferWhenFilled(actor, String(offerId ?? ""), { message });
});

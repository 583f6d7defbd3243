"use server";
import { bookInterviewSlot } from "@/lib/applications/book-interview-slot";
import { cancelInterviewBooking } from "@/lib/applications/cancel-interview-booking";
import { createApplication } from "@/lib/applications/create-application";
import { submitApplication } from "@/lib/applications/submit-application";
import { updateApplicationDraft } from "@/lib/applications/update-application-draft";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { serverAction } from "@/lib/core/server-action";

type Draft = {
  coverLetter?: string | null;
  cvDocumentId?: string | null;
  answers?: { questionId: string; value: string | null }[];
};
type DraftInput = { id?: string; offerId: string; values: Draft };

/** The fields of whatever the caller sent: anything but an object has none (the use case says what is missing). */
const fieldsOf = (input: unknown): Record<string, unknown> =>
  typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
const objectOf = (value: unknown) => (typeof value === "object" && value !== null ? value : {});

/** The apply form's autosave: the first save starts the draft, the next ones update it. */
export const saveApplicationDraft = serverAction(
  async (input: DraftInput, actor) => {
    const { id, offerId, values } = fieldsOf(input);
    if (typeof id === "string" && id) return updateApplicationDraft(actor, id, values);
    const created = await createApplication(actor, { ...objectOf(values), offerId });
    return { id: created.id, updatedAt: created.updatedAt };
  },
  // Saved after each pause in typing: a looser budget than the default.
  { rateLimit: { name: "application-draft", points: 300, seconds: 60 } },
);

/** Sends the application: its draft when there is one, else a new one sent at once. */
export const sendApplication = serverAction(async (input: DraftInput, actor) => {
  const { id, offerId, values } = fieldsOf(input);
  if (typeof id !== "string" || !id) return createApplication(actor, { ...objectOf(values), offerId, submit: true });
  await updateApplicationDraft(actor, id, values);
  return submitApplication(actor, id);
});

export const withdraw = serverAction(async (input: { id: string; reason?: string }, actor) => {
  const { id, reason } = fieldsOf(input);
  return withdrawApplication(actor, String(id ?? ""), { reason });
});

/** Books an interview slot for the application, or moves the booking there. */
export const bookSlot = serverAction(async (input: { slotId: string; applicationId: string }, actor) => {
  const { slotId, applicationId } = fieldsOf(input);
  const booking = await bookInterviewSlot(actor, String(slotId ?? ""), { applicationId });
  return { id: booking.id, sequence: booking.sequence };
});

/** Cancels the student's interview booking (until the notice cut-off). */
export const cancelBooking = serverAction(async (input: { id: string }, actor) => {
  const booking = await cancelInterviewBooking(actor, String(fieldsOf(input).id ?? ""));
  return { id: booking.id, status: booking.status };
});

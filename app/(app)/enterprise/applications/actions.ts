"use server";
import { changeApplicationStatus } from "@/lib/applications/change-application-status";
import { deleteInterviewSlot } from "@/lib/applications/delete-interview-slot";
import { publishInterviewSlot } from "@/lib/applications/publish-interview-slot";
import { serverAction } from "@/lib/core/server-action";

/** The recruiter's move on one application (the pipeline board will call the same use case). */
export const moveApplication = serverAction(async (input: { id: string; change: unknown }, actor) => {
  const { id, change } = typeof input === "object" && input !== null ? input : { id: "", change: undefined };
  const view = await changeApplicationStatus(actor, String(id ?? ""), change ?? {});
  return { id: view.id, status: view.status };
});

const fieldsOf = (input: unknown): Record<string, unknown> =>
  typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};

/** Publishes an interview slot on one of the enterprise's offers. */
export const publishSlot = serverAction(async (input: { offerId: string; slot: unknown }, actor) => {
  const { offerId, slot } = fieldsOf(input);
  const view = await publishInterviewSlot(actor, String(offerId ?? ""), slot ?? {});
  return { id: view.id };
});

/** Deletes an interview slot nobody holds. */
export const deleteSlot = serverAction(async (input: { id: string }, actor) => {
  await deleteInterviewSlot(actor, String(fieldsOf(input).id ?? ""));
  return { deleted: true };
});

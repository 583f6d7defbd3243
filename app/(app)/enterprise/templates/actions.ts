"use server";
import { createRejectionTemplate } from "@/lib/applications/create-rejection-template";
import { deleteRejectionTemplate } from "@/lib/applications/delete-rejection-template";
import { rejectionMessagesFor } from "@/lib/applications/rejection-messages-for";
import { serverAction } from "@/lib/core/server-action";

const fieldsOf = (input: unknown): Record<string, unknown> =>
  typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};

/** Saves a new rejection message template of the caller's enterprise. */
export const saveTemplate = serverAction(async (input: unknown, actor) => {
  const template = await createRejectionTemplate(actor, actor?.enterprise?.id ?? "", input);
  return { id: template.id };
});

/** Deletes one of the enterprise's own templates. */
export const removeTemplate = serverAction(async (input: { id: string }, actor) => {
  await deleteRejectionTemplate(actor, String(fieldsOf(input).id ?? ""));
  return { deleted: true };
});

/** The templates filled in for one application, for the refusal dialog. */
export const templatesFor = serverAction(async (input: { applicationId: string }, actor) =>
  rejectionMessagesFor(actor, String(fieldsOf(input).applicationId ?? "")),
);

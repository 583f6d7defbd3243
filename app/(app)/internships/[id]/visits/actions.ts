"use server";
import { serverAction } from "@/lib/core/server-action";
import { cancelVisit } from "@/lib/internships/cancel-visit";
import { moveVisit } from "@/lib/internships/move-visit";
import { pickVisitSlot } from "@/lib/internships/pick-visit-slot";
import { proposeVisit } from "@/lib/internships/propose-visit";
import { reportVisit } from "@/lib/internships/report-visit";

// The visits of the internship page. Each names the internship (and the visit); the domain
// function checks the caller's part in it, and validates what the form sent.

const fieldsOf = (input: unknown): Record<string, unknown> =>
  typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The supervisor offers dates for a visit or a call. */
export const proposeVisitAction = serverAction(async (input: { id: string; values: object }, actor) => {
  const { id, values } = fieldsOf(input);
  const visit = await proposeVisit(actor, text(id), values);
  return { id: visit.id };
});

/** The tutor or the student picks one of the dates. */
export const pickVisitSlotAction = serverAction(
  async (input: { id: string; visitId: string; slotId: string }, actor) => {
    const { id, visitId, slotId } = fieldsOf(input);
    const visit = await pickVisitSlot(actor, text(id), text(visitId), { slotId });
    return { id: visit.id, plannedAt: visit.plannedAt };
  },
);

/** The supervisor reports a visit held. */
export const reportVisitAction = serverAction(async (input: { id: string; visitId: string; values: object }, actor) => {
  const { id, visitId, values } = fieldsOf(input);
  const visit = await reportVisit(actor, text(id), text(visitId), values);
  return { id: visit.id };
});

/** The supervisor moves a scheduled visit to a new date (everyone gets the updated invitation). */
export const moveVisitAction = serverAction(async (input: { id: string; visitId: string; values: object }, actor) => {
  const { id, visitId, values } = fieldsOf(input);
  const visit = await moveVisit(actor, text(id), text(visitId), values);
  return { id: visit.id, plannedAt: visit.plannedAt };
});

/** The supervisor cancels a visit (everyone is told; calendars drop it). */
export const cancelVisitAction = serverAction(async (input: { id: string; visitId: string }, actor) => {
  const { id, visitId } = fieldsOf(input);
  const visit = await cancelVisit(actor, text(id), text(visitId));
  return { id: visit.id };
});

"use server";
import { serverAction } from "@/lib/core/server-action";
import { saveEvaluationForm } from "@/lib/internships/save-evaluation-form";

/** A university admin saves a form of one kind as its next version (`definition`: sections and questions). */
export const saveEvaluationFormAction = serverAction(
  (input: { universityId: string; kind: string; definition: unknown }, actor) =>
    saveEvaluationForm(actor, input.universityId, input.kind, input.definition),
);

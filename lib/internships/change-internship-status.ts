import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { completeInternship } from "./complete-internship";
import { statusSchema } from "./schemas";
import { terminateInternship } from "./terminate-internship";

/** PATCH /internships/{id}/status: complete it, or end it early with a reason. */
export async function changeInternshipStatus(actor: Actor | null, internshipId: string, input: unknown) {
  const data = await validate(statusSchema, input);
  return data.status === "COMPLETED"
    ? completeInternship(actor, internshipId)
    : terminateInternship(actor, internshipId, data.reason!);
}

"use server";
import { serverAction } from "@/lib/core/server-action";
import { assignSupervisor } from "@/lib/internships/assign-supervisor";

/** A university admin gives the internships selected on the internships page to one of its supervisors. */
export const assignSupervisorAction = serverAction(
  async (input: { internshipIds: string[]; supervisorId: string }, actor) => assignSupervisor(actor, input),
);

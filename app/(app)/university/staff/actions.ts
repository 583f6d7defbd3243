"use server";
import { serverAction } from "@/lib/core/server-action";
import { inviteStaff } from "@/lib/identity/invite-staff";

export const invite = serverAction(async (input: { email: string; role: string; universityId: string }, actor) => {
  await inviteStaff(actor, input);
  return { email: input.email };
});

"use server";
import { serverAction } from "@/lib/core/server-action";
import { retryEvent } from "@/lib/operations/retry-event";

export const retryEventAction = serverAction(async (eventId: string, actor) => retryEvent(actor, eventId), {
  input: "id",
});

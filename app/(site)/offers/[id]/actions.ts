"use server";
import { recordExternalApplication } from "@/lib/applications/record-external-application";
import { serverAction } from "@/lib/core/server-action";

/** The student leaves for an imported offer's original posting: the application is recorded here. */
export const recordExternalApplicationAction = serverAction(
  async (offerId: string, actor) => recordExternalApplication(actor, offerId),
  { input: "id" },
);

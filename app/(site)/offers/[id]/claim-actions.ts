"use server";
import { serverAction } from "@/lib/core/server-action";
import { claimImportedOffer } from "@/lib/offers/claim-imported-offer";

/** An admin of a verified enterprise claims an offer imported in its name (see claimImportedOffer). */
export const claimImportedOfferAction = serverAction(
  async (offerId: string, actor) => claimImportedOffer(actor, offerId),
  { input: "id" },
);

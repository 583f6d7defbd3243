"use server";
import { serverAction } from "@/lib/core/server-action";
import { saveOffer } from "@/lib/favourites/save-offer";
import { unsaveOffer } from "@/lib/favourites/unsave-offer";

export const setFavourite = serverAction(async (input: { offerId: string; saved: boolean }, actor) => {
  const studentId = actor?.studentId ?? "";
  if (input.saved === true) await saveOffer(actor, studentId, String(input.offerId));
  else await unsaveOffer(actor, studentId, String(input.offerId));
  return { saved: input.saved === true };
});

import type { Actor } from "@/lib/identity/actor";
import { mayClaimImportedOffer } from "@/lib/offers/claim-imported-offer";
import { ClaimOfferButton } from "./claim-offer-button";

/** The claim button of an offer page, for an admin of a verified enterprise on an imported offer of another. */
export function ClaimOffer({
  actor,
  offer,
}: {
  actor: Actor | null;
  offer: { id: string; source: string; enterpriseId: string; enterprise: { verificationStatus: string } };
}) {
  return mayClaimImportedOffer(actor, offer) ? <ClaimOfferButton offerId={offer.id} /> : null;
}

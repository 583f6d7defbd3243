import { expireDueOffers } from "@/lib/offers/expire-due-offers";
import { notifyOfferExpired } from "@/lib/offers/notify-offer-expired";
import { defineScheduledWorkflow, defineWorkflow } from "../workflow";

/** Every 15 minutes, offers past their deadline leave the search. */
export const expireOffers = defineScheduledWorkflow({
  id: "expire-offers",
  cron: "*/15 * * * *",
  handler: ({ step }) => step.run("expire", () => expireDueOffers()),
});

/** The enterprise hears that its offer expired, with a link to extend it. */
export const tellEnterpriseOfferExpired = defineWorkflow({
  id: "tell-enterprise-offer-expired",
  trigger: "offer.expired",
  handler: ({ event, step }) => step.run("email", () => notifyOfferExpired(event.data.offerId)),
});

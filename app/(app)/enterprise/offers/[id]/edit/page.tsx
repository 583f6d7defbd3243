import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ScorecardCriteriaSection } from "@/components/applications/scorecard-criteria-section";
import { OfferActions } from "@/components/offers/offer-actions";
import { OfferForm } from "@/components/offers/offer-form";
import { offerFormValues } from "@/components/offers/offer-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { countryOptions } from "@/lib/offers/countries";
import { getOffer } from "@/lib/offers/get-offer";

export default async function EditOfferPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor("ENTERPRISE");
  if (actor.enterprise?.memberRole === "TUTOR") forbidden();
  const { id } = await params;
  const offer = await forPage(getOffer(actor, id));
  // getOffer also returns other enterprises' public offers; only the own ones are editable here.
  if (offer.enterpriseId !== actor.enterprise?.id) forbidden();
  const t = await getTranslations("offers");
  return (
    <>
      <PageHeader title={offer.title} />
      <Stack direction="row" spacing={2} sx={{ mb: 3, alignItems: "center", flexWrap: "wrap" }}>
        <Chip label={t(`statuses.${offer.status}`)} />
        <OfferActions
          offerId={offer.id}
          status={offer.status}
          everPublished={Boolean(offer.publishedAt)}
          showEdit={false}
        />
      </Stack>
      <OfferForm
        offerId={offer.id}
        status={offer.status}
        defaults={offerFormValues(offer)}
        enterprise={offer.enterprise}
        canPublish={Boolean(actor.enterprise?.verified && actor.emailVerified)}
        countries={countryOptions(await getLocale(), offer.country)}
      />
      <ScorecardCriteriaSection actor={actor} offerId={offer.id} />
    </>
  );
}

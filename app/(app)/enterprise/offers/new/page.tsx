import { getLocale, getTranslations } from "next-intl/server";
import { OfferForm } from "@/components/offers/offer-form";
import { offerFormValues } from "@/components/offers/offer-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { describeOwnEnterprise } from "@/lib/enterprises/describe-own-enterprise";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { countryOptions } from "@/lib/offers/countries";

export default async function NewOfferPage() {
  const actor = await pageActor("ENTERPRISE");
  const t = await getTranslations("offers");
  const { name, logoUrl } = await forPage(describeOwnEnterprise(actor));
  return (
    <>
      <PageHeader title={t("form.newTitle")} lead={t("form.newLead")} />
      <OfferForm
        defaults={offerFormValues()}
        enterprise={{ name, logoUrl }}
        canPublish={Boolean(actor.enterprise?.verified && actor.emailVerified)}
        countries={countryOptions(await getLocale(), "FR")}
      />
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { OfferForm } from "@/components/offers/offer-form";
import { offerFormValues } from "@/components/offers/offer-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/identity/page-guard";

export default async function NewOfferPage() {
  await pageActor("ENTERPRISE");
  const t = await getTranslations("offers");
  return (
    <>
      <PageHeader title={t("form.newTitle")} lead={t("form.newLead")} />
      <OfferForm defaults={offerFormValues()} />
    </>
  );
}

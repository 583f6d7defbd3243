import Alert from "@mui/material/Alert";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import { EnterpriseLogo } from "@/components/enterprises/enterprise-logo";
import { LinkButton } from "@/components/ui/link-button";
import type { ClosedOffer } from "@/lib/offers/get-closed-offer";
import type { SimilarOffer } from "@/lib/offers/list-similar-offers";
import { SimilarOffers } from "./similar-offers";

/** An old link to an offer that no longer takes applications: say so, and where to look instead. */
export async function ClosedOfferNotice({ offer, similar }: { offer: ClosedOffer; similar: SimilarOffer[] }) {
  const [t, format] = await Promise.all([getTranslations("offers.detail"), getFormatter()]);
  const since = offer.since && format.dateTime(offer.since, { dateStyle: "long", timeZone: "UTC" });
  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <EnterpriseLogo name={offer.enterprise.name} logoUrl={offer.enterprise.logoUrl} size={64} />
        <div>
          <Typography variant="h1" sx={{ mb: 0.5 }}>
            {offer.title}
          </Typography>
          <Typography variant="h2" component="p" sx={{ fontWeight: 400 }}>
            {offer.enterprise.name}
          </Typography>
        </div>
      </Stack>
      <Alert severity="info">
        {since ? t(`${offer.reason}Since`, { date: since }) : t(offer.reason)} {t("closedHint")}
      </Alert>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        <LinkButton href="/offers" variant="contained">
          {t("searchOpen")}
        </LinkButton>
        <LinkButton href={`/enterprises/${offer.enterprise.slug}`} variant="outlined">
          {t("enterpriseOffers", { name: offer.enterprise.name })}
        </LinkButton>
      </Stack>
      <SimilarOffers offers={similar} />
    </Stack>
  );
}

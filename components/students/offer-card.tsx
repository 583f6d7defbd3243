import Card from "@mui/material/Card";
import CardActions from "@mui/material/CardActions";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { OfferSummary } from "@/lib/favourites/offer-summary";
import { fieldKey } from "@/lib/offers/offer-options";
import { OfferLink } from "./offer-link";

/** A saved or recommended offer: title, the facts a student compares first, then the caller's extras. */
export async function OfferCard({
  offer,
  badges,
  actions,
  children,
}: {
  offer: OfferSummary;
  badges?: ReactNode;
  actions: ReactNode;
  children?: ReactNode;
}) {
  const [t, to, format] = await Promise.all([
    getTranslations("students.offer"),
    getTranslations("offers"),
    getFormatter(),
  ]);
  const stipend =
    offer.stipendAmount !== null
      ? `${format.number(offer.stipendAmount, { style: "currency", currency: offer.stipendCurrency, maximumFractionDigits: 0 })} ${to(`stipendPeriods.${offer.stipendPeriod}`)}`
      : null;
  const facts = [
    offer.enterprise.name,
    `${offer.city} (${offer.country})`,
    to(`remoteModes.${offer.remoteMode}`),
    t("weeks", { weeks: offer.durationWeeks }),
    stipend,
    to(`fields.${fieldKey(offer.field)}`),
  ];
  return (
    <Card component="article">
      <CardContent>
        <Stack
          direction="row"
          spacing={1}
          sx={{ justifyContent: "space-between", alignItems: "flex-start", flexWrap: "wrap", rowGap: 1 }}
        >
          <Typography variant="h3" component="h2">
            <OfferLink offerId={offer.id}>{offer.title}</OfferLink>
          </Typography>
          {badges && (
            <Stack direction="row" spacing={1}>
              {badges}
            </Stack>
          )}
        </Stack>
        <Typography color="text.secondary" sx={{ mt: 0.5 }}>
          {facts.filter(Boolean).join(" · ")}
        </Typography>
        {children}
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>{actions}</CardActions>
    </Card>
  );
}

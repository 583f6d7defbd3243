import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { EnterpriseLogo } from "@/components/enterprises/enterprise-logo";
import { OfferLink } from "@/components/students/offer-link";
import type { SimilarOffer } from "@/lib/offers/list-similar-offers";

/** Open offers close to this one, each a link; nothing when there are none. */
export async function SimilarOffers({
  offers,
  headingLevel = "h2",
}: {
  offers: SimilarOffer[];
  headingLevel?: "h2" | "h3";
}) {
  const t = await getTranslations("offers.detail");
  if (offers.length === 0) return null;
  return (
    <Card variant="outlined" component="section" aria-labelledby="similar-offers">
      <CardContent>
        <Typography id="similar-offers" variant="h2" component={headingLevel} sx={{ fontSize: "1.1rem", mb: 1.5 }}>
          {t("similar")}
        </Typography>
        <Stack component="ul" spacing={2} sx={{ listStyle: "none", p: 0, m: 0 }}>
          {offers.map((offer) => (
            <Stack component="li" key={offer.id} direction="row" spacing={1.5} sx={{ alignItems: "flex-start" }}>
              <EnterpriseLogo name={offer.enterprise.name} logoUrl={offer.enterprise.logoUrl} size={36} />
              <div>
                <Typography sx={{ fontWeight: 500, lineHeight: 1.3 }}>
                  <OfferLink offerId={offer.id}>{offer.title}</OfferLink>
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {offer.enterprise.name} · {offer.city}
                </Typography>
              </div>
            </Stack>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}

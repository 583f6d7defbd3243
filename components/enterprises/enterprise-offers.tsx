import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { fieldKey } from "@/lib/offers/offer-options";

type Offer = {
  id: string;
  title: string;
  city: string;
  country: string;
  remoteMode: string;
  durationWeeks: number;
  field: string;
};

/** The enterprise's offers open to applications, each linking to its page. */
export async function EnterpriseOffers({ offers }: { offers: Offer[] }) {
  const t = await getTranslations("enterprises.public");
  const o = await getTranslations("offers");
  return (
    <Card component="section" aria-labelledby="offers-title">
      <CardContent>
        <Typography id="offers-title" variant="h2" gutterBottom>
          {t("offers", { count: offers.length })}
        </Typography>
        {offers.length === 0 && <Typography color="text.secondary">{t("offersEmpty")}</Typography>}
        <Stack component="ul" spacing={2} sx={{ listStyle: "none", m: 0, p: 0 }}>
          {offers.map((offer) => (
            <li key={offer.id}>
              <Link href={`/offers/${offer.id}`} variant="h3" component="a" sx={{ fontSize: "1.1rem" }}>
                {offer.title}
              </Link>
              <Typography color="text.secondary">
                {[
                  `${offer.city} (${offer.country})`,
                  o(`remoteModes.${offer.remoteMode}`),
                  o.has(`fields.${fieldKey(offer.field)}`) ? o(`fields.${fieldKey(offer.field)}`) : offer.field,
                  t("weeks", { count: offer.durationWeeks }),
                ].join(" · ")}
              </Typography>
            </li>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}

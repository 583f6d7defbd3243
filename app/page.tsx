import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AudienceCards } from "@/components/home/audience-cards";
import { HomeSearch } from "@/components/search/home-search";
import { OfferResult } from "@/components/search/offer-result";
import { LinkButton } from "@/components/ui/link-button";
import { PublicShell } from "@/components/ui/public-shell";
import { sessionActor } from "@/lib/identity/current-actor";
import { searchOffers } from "@/lib/offers/search-offers";

const LATEST = 4;
const HERO = {
  borderRadius: 4,
  px: { xs: 2.5, md: 6 },
  pt: { xs: 3, md: 7 },
  pb: { xs: 2, md: 5 },
  background:
    "linear-gradient(135deg, rgba(var(--mui-palette-primary-mainChannel) / 0.12), rgba(var(--mui-palette-secondary-mainChannel) / 0.1))",
};

/** The front door for visitors: search at once, see what is open, and find one's own way in. */
export default async function HomePage() {
  if (await sessionActor()) redirect("/dashboard");
  const [t, latest] = await Promise.all([getTranslations("home"), searchOffers({ sort: "newest", limit: LATEST })]);
  const cities = latest.facets.city.map((city) => city.value);
  return (
    <PublicShell>
      <Stack spacing={{ xs: 5, md: 7 }} sx={{ pb: 4 }}>
        <Box component="section" aria-labelledby="home-title" sx={HERO}>
          <Typography variant="h1" id="home-title" sx={{ fontSize: { xs: "1.9rem", md: "2.75rem" }, maxWidth: 900 }}>
            {t("title")}
          </Typography>
          <Typography color="text.secondary" sx={{ fontSize: { md: "1.2rem" }, mt: 1.5, mb: 3, maxWidth: 760 }}>
            {t("lead")}
          </Typography>
          <HomeSearch cities={cities} />
          <LinkButton href="/offers" sx={{ mt: 1.5, ml: -1 }}>
            {t("browseAll", { total: latest.total })}
          </LinkButton>
        </Box>
        <Box component="section" aria-labelledby="latest-title">
          <Typography variant="h2" id="latest-title" sx={{ mb: 2 }}>
            {t("latest")}
          </Typography>
          {latest.items.length === 0 ? (
            <Typography color="text.secondary">{t("latestEmpty")}</Typography>
          ) : (
            <Grid container spacing={2}>
              {latest.items.map((offer) => (
                <Grid key={offer.id} size={{ xs: 12, md: 6 }} sx={{ "& > article": { height: "100%" } }}>
                  <OfferResult offer={offer} />
                </Grid>
              ))}
            </Grid>
          )}
        </Box>
        <AudienceCards />
      </Stack>
    </PublicShell>
  );
}

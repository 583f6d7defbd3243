"use client";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { EnterpriseLogo } from "./enterprise-logo";

export type DirectoryEntry = {
  id: string;
  name: string;
  slug: string;
  sector: string | null;
  logoUrl: string | null;
  locations: { city: string; country: string }[];
  openOffers: number;
};

const CITIES = 3;

// The name's link covers the card; the link to the offers sits above it.
const CARD = {
  position: "relative",
  height: "100%",
  transition: "border-color 120ms, box-shadow 120ms",
  "&:hover": { borderColor: "primary.main", boxShadow: 2 },
  "&:has(h3 a:focus-visible)": { outline: "2px solid", outlineColor: "primary.main", outlineOffset: 2 },
} as const;

/** One verified enterprise of the directory: its page, where it is, and a link to its open offers. */
export function DirectoryCard({ enterprise }: { enterprise: DirectoryEntry }) {
  const t = useTranslations("enterprises.directory");
  const cities = [...new Set(enterprise.locations.map((location) => location.city))];
  const place = [...cities.slice(0, CITIES), ...(cities.length > CITIES ? [`+${cities.length - CITIES}`] : [])].join(
    ", ",
  );
  return (
    <Card component="article" sx={CARD}>
      <CardContent sx={{ display: "flex", flexDirection: "column", gap: 2, height: "100%" }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexGrow: 1 }}>
          <EnterpriseLogo name={enterprise.name} logoUrl={enterprise.logoUrl} size={56} />
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="h3" sx={{ fontSize: "1.15rem" }}>
              <Link
                component={NextLink}
                href={`/enterprises/${enterprise.slug}`}
                underline="hover"
                color="inherit"
                sx={{
                  "&::after": { content: '""', position: "absolute", inset: 0 },
                  "&:focus-visible": { outline: "none" },
                }}
              >
                {enterprise.name}
              </Link>
            </Typography>
            {(enterprise.sector || place) && (
              <Typography color="text.secondary" sx={{ mt: 0.25 }}>
                {[enterprise.sector, place].filter(Boolean).join(" · ")}
              </Typography>
            )}
          </Box>
        </Stack>
        {enterprise.openOffers > 0 ? (
          <Link
            component={NextLink}
            href={`/offers?enterprise=${encodeURIComponent(enterprise.id)}`}
            aria-label={t("openOffersOf", { count: enterprise.openOffers, name: enterprise.name })}
            sx={{ position: "relative", zIndex: 1, alignSelf: "flex-start", fontWeight: 500 }}
          >
            {t("openOffers", { count: enterprise.openOffers })}
          </Link>
        ) : (
          <Typography color="text.secondary">{t("openOffers", { count: 0 })}</Typography>
        )}
      </CardContent>
    </Card>
  );
}

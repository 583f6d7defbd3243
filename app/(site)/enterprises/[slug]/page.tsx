import Alert from "@mui/material/Alert";
import Avatar from "@mui/material/Avatar";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { EnterpriseOffers } from "@/components/enterprises/enterprise-offers";
import { VerifiedBadge } from "@/components/enterprises/verified-badge";
import { Linkified } from "@/components/ui/linkified";
import { env } from "@/lib/core/env";
import { getPublicEnterprise } from "@/lib/enterprises/get-public-enterprise";
import { sessionActor } from "@/lib/identity/current-actor";
import { forPage } from "@/lib/identity/page-guard";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) =>
  forPage(getPublicEnterprise(await sessionActor(), decodeURIComponent(slug))),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const enterprise = await load((await params).slug);
  const t = await getTranslations("enterprises.public");
  const description = enterprise.description?.slice(0, 200) || t("metaDescription", { name: enterprise.name });
  const url = `${env().APP_URL}/enterprises/${enterprise.slug}`;
  return {
    title: enterprise.name,
    description,
    alternates: { canonical: url },
    robots: enterprise.verificationStatus === "VERIFIED" ? undefined : { index: false },
    openGraph: {
      type: "website",
      title: enterprise.name,
      description,
      url,
      ...(enterprise.logoUrl && { images: [{ url: `${env().APP_URL}${enterprise.logoUrl}`, alt: enterprise.name }] }),
    },
  };
}

export default async function PublicEnterprisePage({ params }: Props) {
  const enterprise = await load((await params).slug);
  const t = await getTranslations("enterprises");
  const verified = enterprise.verificationStatus === "VERIFIED";
  return (
    <Stack spacing={3} sx={{ maxWidth: 960 }}>
      {!verified && <Alert severity="info">{t("public.preview")}</Alert>}
      <Stack direction={{ xs: "column", sm: "row" }} spacing={3} sx={{ alignItems: { sm: "center" } }}>
        <Avatar
          src={enterprise.logoUrl ?? undefined}
          alt={t("logo.alt", { name: enterprise.name })}
          variant="rounded"
          sx={{ width: 96, height: 96, fontSize: 40 }}
        >
          {enterprise.name.slice(0, 1)}
        </Avatar>
        <Box>
          <Typography variant="h1">{enterprise.name}</Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap", gap: 1 }}>
            {verified && <VerifiedBadge label={t("public.verified")} />}
            {enterprise.sector && <Chip variant="outlined" label={enterprise.sector} />}
            {enterprise.size && <Chip variant="outlined" label={t(`sizes.${enterprise.size}`)} />}
          </Stack>
        </Box>
      </Stack>
      {enterprise.description && (
        <Typography sx={{ whiteSpace: "pre-line" }}>
          <Linkified text={enterprise.description} />
        </Typography>
      )}
      {enterprise.website && (
        <Typography>
          {t("public.website")}{" "}
          <Link href={enterprise.website} rel="noopener noreferrer" target="_blank">
            {enterprise.website.replace(/^https?:\/\//, "")}
          </Link>
        </Typography>
      )}
      <Stack direction={{ xs: "column", md: "row" }} spacing={3}>
        <Card component="section" aria-labelledby="locations-title" sx={{ flex: 1 }}>
          <CardContent>
            <Typography id="locations-title" variant="h2" gutterBottom>
              {t("public.locations")}
            </Typography>
            {enterprise.locations.length === 0 && (
              <Typography color="text.secondary">{t("public.locationsEmpty")}</Typography>
            )}
            {enterprise.locations.map((location, i) => (
              <Typography key={i}>
                {[location.address, location.city, location.country].filter(Boolean).join(", ")}
              </Typography>
            ))}
          </CardContent>
        </Card>
        <Card component="section" aria-labelledby="certifications-title" sx={{ flex: 1 }}>
          <CardContent>
            <Typography id="certifications-title" variant="h2" gutterBottom>
              {t("public.certifications")}
            </Typography>
            {enterprise.certifications.length === 0 && (
              <Typography color="text.secondary">{t("public.certificationsEmpty")}</Typography>
            )}
            {enterprise.certifications.map((certification, i) => (
              <Typography key={i}>
                {[certification.name, certification.issuer, certification.year].filter(Boolean).join(" · ")}
              </Typography>
            ))}
          </CardContent>
        </Card>
      </Stack>
      <EnterpriseOffers offers={enterprise.offers} />
    </Stack>
  );
}

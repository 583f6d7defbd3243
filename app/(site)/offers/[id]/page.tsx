import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Divider from "@mui/material/Divider";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ApplyButton } from "@/components/applications/apply-button";
import { FavouriteButton } from "@/components/offers/favourite-button";
import { OfferFacts } from "@/components/offers/offer-facts";
import { LinkButton } from "@/components/ui/link-button";
import { findOwnApplication } from "@/lib/applications/find-own-application";
import { env } from "@/lib/core/env";
import { isSaved } from "@/lib/favourites/is-saved";
import { sessionActor } from "@/lib/identity/current-actor";
import { forPage } from "@/lib/identity/page-guard";
import { getOffer } from "@/lib/offers/get-offer";
import { jobPosting, scriptJson } from "@/lib/offers/job-posting";
import { isVisibleOffer } from "@/lib/offers/visible-offer";

type Props = { params: Promise<{ id: string }> };

const loadOffer = cache(async (id: string) => forPage(getOffer(await sessionActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offer = await loadOffer((await params).id);
  const description = offer.description.slice(0, 160);
  const url = `${env().APP_URL}/offers/${offer.id}`;
  return {
    title: `${offer.title} — ${offer.enterprise.name}`,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", title: offer.title, description, url, siteName: "Stagiaire" },
    twitter: { card: "summary", title: offer.title, description },
  };
}

function Paragraphs({ text }: { text: string }) {
  return text.split(/\n{2,}/).map((paragraph, i) => (
    <Typography key={i} sx={{ mb: 1.5, whiteSpace: "pre-line" }}>
      {paragraph}
    </Typography>
  ));
}

export default async function OfferPage({ params }: Props) {
  const offer = await loadOffer((await params).id);
  const actor = await sessionActor();
  const [t, ta, saved, application] = await Promise.all([
    getTranslations("offers"),
    getTranslations("applications"),
    isSaved(actor, offer.id),
    findOwnApplication(actor, offer.id),
  ]);
  const own = actor?.enterprise?.id === offer.enterpriseId;
  const open = isVisibleOffer(offer);
  return (
    <Box component="article" sx={{ maxWidth: 860 }}>
      {offer.status === "PUBLISHED" && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: scriptJson(jobPosting(offer, env().APP_URL)) }}
        />
      )}
      <Typography variant="h1" gutterBottom>
        {offer.title}
      </Typography>
      <Typography variant="h2" component="div" sx={{ fontWeight: 400, mb: 2 }}>
        <Link href={`/enterprises/${offer.enterprise.slug}`}>{offer.enterprise.name}</Link>
        {offer.enterprise.verificationStatus === "VERIFIED" && (
          <Chip size="small" color="success" label={t("detail.verified")} sx={{ ml: 1 }} />
        )}
      </Typography>
      <OfferFacts offer={offer} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ my: 3, flexWrap: "wrap", alignItems: "center" }}>
        <ApplyButton
          offerId={offer.id}
          open={open}
          signedIn={Boolean(actor)}
          role={actor?.role}
          application={application}
        />
        {actor?.role === "STUDENT" && <FavouriteButton offerId={offer.id} saved={saved} />}
        {own && (
          <LinkButton href={`/enterprise/offers/${offer.id}/edit`} variant="outlined">
            {t("actions.edit")}
          </LinkButton>
        )}
        {own && (
          <LinkButton href={`/enterprise/offers/${offer.id}/applicants`} variant="outlined">
            {ta("applicants.title")}
          </LinkButton>
        )}
        {!actor && (
          <LinkButton href={`/sign-in?callbackUrl=/offers/${offer.id}`} variant="outlined">
            {t("detail.signInToSave")}
          </LinkButton>
        )}
      </Stack>
      <Divider sx={{ mb: 3 }} />
      <Typography variant="h2" gutterBottom>
        {t("form.description")}
      </Typography>
      <Paragraphs text={offer.description} />
      {offer.missions && (
        <>
          <Typography variant="h2" gutterBottom sx={{ mt: 3 }}>
            {t("form.missions")}
          </Typography>
          <Paragraphs text={offer.missions} />
        </>
      )}
      <Typography variant="h2" gutterBottom sx={{ mt: 3 }}>
        {t("form.skills")}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap", mb: 2 }}>
        {offer.skills.map((skill) => (
          <Chip key={skill} label={skill} />
        ))}
      </Stack>
      {offer.languages.length > 0 && (
        <Typography sx={{ mb: 1 }}>
          <strong>{t("form.languages")} :</strong> {offer.languages.map((l) => t(`languages.${l}`)).join(", ")}
        </Typography>
      )}
      {offer.educationLevel && (
        <Typography sx={{ mb: 1 }}>
          <strong>{t("form.educationLevel")} :</strong> {offer.educationLevel}
        </Typography>
      )}
      <Typography sx={{ mb: 1 }}>
        <strong>{t("form.positions")} :</strong> {offer.positions}
      </Typography>
      {offer.benefits && (
        <>
          <Typography variant="h2" gutterBottom sx={{ mt: 3 }}>
            {t("form.benefits")}
          </Typography>
          <Paragraphs text={offer.benefits} />
        </>
      )}
    </Box>
  );
}

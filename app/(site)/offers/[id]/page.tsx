import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Grid from "@mui/material/Grid";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EnterpriseLogo } from "@/components/enterprises/enterprise-logo";
import { ClaimOffer } from "@/components/offers/claim-offer";
import { ClosedOfferNotice } from "@/components/offers/closed-offer-notice";
import { EnterpriseCard } from "@/components/offers/enterprise-card";
import { FavouriteButton } from "@/components/offers/favourite-button";
import { OfferApply } from "@/components/imports/offer-apply";
import { OfferFacts } from "@/components/offers/offer-facts";
import { OfferText } from "@/components/offers/offer-text";
import { SimilarOffers } from "@/components/offers/similar-offers";
import { LinkButton } from "@/components/ui/link-button";
import { findOwnApplication } from "@/lib/applications/find-own-application";
import { env } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { isPlausibleParam } from "@/lib/core/input-safety";
import { isSaved } from "@/lib/favourites/is-saved";
import { sessionActor } from "@/lib/identity/current-actor";
import { forPage } from "@/lib/identity/page-guard";
import { getClosedOffer } from "@/lib/offers/get-closed-offer";
import { getOffer } from "@/lib/offers/get-offer";
import { jobPosting, scriptJson } from "@/lib/offers/job-posting";
import { listSimilarOffers } from "@/lib/offers/list-similar-offers";
import { isVisibleOffer } from "@/lib/offers/visible-offer";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The offer the reader may see, else what the public may still know of it once closed, else the 404 page. */
const loadOffer = cache(async (id: string) => {
  // A page's id is not checked by the API wrapper: one with a NUL byte must not reach the database.
  if (!isPlausibleParam(id)) notFound();
  try {
    return { offer: await getOffer(await sessionActor(), id), closed: null };
  } catch (error) {
    const closed = error instanceof AppError && error.code === "NOT_FOUND" ? await getClosedOffer(id) : null;
    if (closed) return { offer: null, closed };
    return forPage(Promise.reject<never>(error));
  }
});

/** The search the reader came from (see OfferResult), rebuilt as a link to /offers and nowhere else. */
function resultsHref(back: string | string[] | undefined) {
  if (typeof back !== "string" || back.length > 2000) return null;
  const query = new URLSearchParams(back).toString();
  return query ? `/offers?${query}` : "/offers";
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { offer, closed } = await loadOffer((await params).id);
  if (!offer) {
    const t = await getTranslations("offers.detail");
    return { title: t("closedTitle", { title: closed.title }), robots: { index: false } };
  }
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

export default async function OfferPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { offer, closed } = await loadOffer(id);
  const [similar, t, back] = await Promise.all([
    listSimilarOffers(id),
    getTranslations("offers"),
    searchParams.then((sp) => resultsHref(sp.back)),
  ]);
  const backLink = (
    <Link href={back ?? "/offers"} sx={{ display: "inline-block", mb: 2 }}>
      {back ? t("detail.backToResults") : t("detail.allOffers")}
    </Link>
  );
  if (!offer) {
    return (
      <>
        {backLink}
        <ClosedOfferNotice offer={closed} similar={similar} />
      </>
    );
  }
  const actor = await sessionActor();
  const [ta, format, saved, application] = await Promise.all([
    getTranslations("applications"),
    getFormatter(),
    isSaved(actor, offer.id),
    findOwnApplication(actor, offer.id),
  ]);
  const own = actor?.enterprise?.id === offer.enterpriseId;
  const open = isVisibleOffer(offer);
  const section = (title: string, text: string | null) =>
    text && (
      <>
        <Typography variant="h2" gutterBottom sx={{ mt: 3 }}>
          {title}
        </Typography>
        <OfferText text={text} />
      </>
    );
  return (
    <>
      {offer.status === "PUBLISHED" && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: scriptJson(jobPosting(offer, env().APP_URL)) }}
        />
      )}
      {backLink}
      <Grid container spacing={4}>
        <Grid size={{ xs: 12, md: 8 }} component="article" aria-labelledby="offer-title">
          <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 2 }}>
            <EnterpriseLogo name={offer.enterprise.name} logoUrl={offer.enterprise.logoUrl} size={64} />
            <div>
              <Typography id="offer-title" variant="h1" sx={{ mb: 0.5 }}>
                {offer.title}
              </Typography>
              <Typography variant="h2" component="div" sx={{ fontWeight: 400 }}>
                <Link href={`/enterprises/${offer.enterprise.slug}`}>{offer.enterprise.name}</Link>
              </Typography>
            </div>
          </Stack>
          <OfferFacts offer={offer} />
          {/* On a phone the side column comes last: the call to action is repeated under the facts. */}
          <Stack direction="row" spacing={1} sx={{ display: { xs: "flex", md: "none" }, mt: 2, alignItems: "center" }}>
            <OfferApply
              source={offer.source}
              externalUrl={offer.externalUrl}
              offerId={offer.id}
              open={open}
              signedIn={Boolean(actor)}
              role={actor?.role}
              application={application}
            />
            {actor?.role === "STUDENT" && <FavouriteButton offerId={offer.id} saved={saved} />}
          </Stack>
          {section(t("form.description"), offer.description)}
          {section(t("form.missions"), offer.missions)}
          <Typography variant="h2" gutterBottom sx={{ mt: 3 }}>
            {t("form.skills")}
          </Typography>
          <Stack
            direction="row"
            component="ul"
            spacing={1}
            useFlexGap
            sx={{ flexWrap: "wrap", mb: 2, listStyle: "none", p: 0 }}
          >
            {offer.skills.map((skill) => (
              <li key={skill}>
                <Chip label={skill} />
              </li>
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
          {section(t("form.benefits"), offer.benefits)}
        </Grid>
        <Grid size={{ xs: 12, md: 4 }} component="aside" aria-label={t("detail.aside")}>
          <Stack spacing={2} sx={{ position: { md: "sticky" }, top: { md: 88 } }}>
            <Card variant="outlined" component="section" aria-labelledby="offer-apply">
              <CardContent>
                <Typography id="offer-apply" variant="h2" sx={{ fontSize: "1.1rem", mb: 1 }}>
                  {open ? t("detail.applyTitle") : t("detail.notOpen")}
                </Typography>
                <Typography color="text.secondary" sx={{ mb: 2 }}>
                  {offer.deadline
                    ? t("detail.deadline", {
                        date: format.dateTime(offer.deadline, { dateStyle: "long", timeZone: "UTC" }),
                      })
                    : t("detail.noDeadline")}
                </Typography>
                <Stack spacing={1} useFlexGap sx={{ alignItems: "flex-start" }}>
                  <OfferApply
                    source={offer.source}
                    externalUrl={offer.externalUrl}
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
                  <ClaimOffer actor={actor} offer={offer} />
                  {!actor && (
                    <LinkButton href={`/sign-in?callbackUrl=/offers/${offer.id}`} variant="outlined">
                      {t("detail.signInToSave")}
                    </LinkButton>
                  )}
                </Stack>
              </CardContent>
            </Card>
            <EnterpriseCard enterprise={offer.enterprise} />
            <SimilarOffers offers={similar} />
          </Stack>
        </Grid>
      </Grid>
    </>
  );
}

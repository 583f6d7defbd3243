import Alert from "@mui/material/Alert";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { OfferActions } from "@/components/offers/offer-actions";
import { OwnOffersToolbar } from "@/components/offers/own-offers-toolbar";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { countOwnOffers } from "@/lib/offers/count-own-offers";
import { listOffers } from "@/lib/offers/list-offers";
import { OFFER_STATUSES, OWN_OFFER_SORTS } from "@/lib/offers/offer-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("enterpriseOffers") };
}

const STATUS_COLOR = { DRAFT: "default", PUBLISHED: "success", CLOSED: "warning", EXPIRED: "error" } as const;

type Params = { saved?: string; status?: string; q?: string; sort?: string };

/** The URL's filters, keeping only values the list accepts (an edited URL shows all offers, not an error). */
function filtersOf(params: Params) {
  const one = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
    allowed.includes(value as T) ? (value as T) : undefined;
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  return {
    status: one(params.status, OFFER_STATUSES),
    sort: one(params.sort, OWN_OFFER_SORTS),
    ...(q && { q }),
  };
}

export default async function EnterpriseOffersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await pageActor("ENTERPRISE");
  const params = await searchParams;
  const filters = filtersOf(params);
  const saved = params.saved;
  const [page, counts, t, ta, format] = await Promise.all([
    forPage(listOffers(actor, { limit: 100, ...filters })),
    forPage(countOwnOffers(actor, { q: filters.q })),
    getTranslations("offers"),
    getTranslations("applications.applicants"),
    getFormatter(),
  ]);
  const filtered = Boolean(filters.status || filters.q);
  return (
    <>
      <PageHeader title={t("list.title")} lead={t("list.lead")} />
      <LinkButton href="/enterprise/offers/new" variant="contained" sx={{ mb: 3 }}>
        {t("list.new")}
      </LinkButton>
      {saved && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {t("list.saved")}
        </Alert>
      )}
      {(counts.ALL > 0 || filters.q) && (
        <OwnOffersToolbar key={`${filters.q ?? ""}`} filters={filters} counts={counts} />
      )}
      {page.items.length === 0 && <Alert severity="info">{filtered ? t("list.noMatch") : t("list.empty")}</Alert>}
      <Stack spacing={2}>
        {page.items.map((offer) => (
          <Card key={offer.id} component="article" data-testid="enterprise-offer">
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
                <Typography variant="h3" component="h2" sx={{ flexGrow: 1 }}>
                  {offer.title}
                </Typography>
                <Chip label={t(`statuses.${offer.status}`)} color={STATUS_COLOR[offer.status]} size="small" />
              </Stack>
              <Typography color="text.secondary" sx={{ mb: 1 }}>
                {offer.city} · {t(`remoteModes.${offer.remoteMode}`)} ·{" "}
                {t("list.weeks", { weeks: offer.durationWeeks })}
                {offer.deadline &&
                  ` · ${t("list.deadline", { date: format.dateTime(offer.deadline, { dateStyle: "medium" }) })}`}
                {` · ${t("list.counts", { applications: offer._count.applications, favourites: offer._count.favourites })}`}
              </Typography>
              {offer.publishedAt && (
                <LinkButton
                  href={`/enterprise/offers/${offer.id}/applicants`}
                  variant="outlined"
                  size="small"
                  sx={{ mb: 1 }}
                >
                  {ta("link", { count: offer._count.applications })}
                </LinkButton>
              )}
              <OfferActions offerId={offer.id} status={offer.status} everPublished={Boolean(offer.publishedAt)} />
            </CardContent>
          </Card>
        ))}
      </Stack>
    </>
  );
}

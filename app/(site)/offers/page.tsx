import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplyButton } from "@/components/applications/apply-button";
import { FacetPanel } from "@/components/search/facet-panel";
import { FiltersButton, FiltersPlacement } from "@/components/search/filters-drawer";
import { EmptyState } from "@/components/ui/empty-state";
import { OfferResult } from "@/components/search/offer-result";
import { SaveSearchButton } from "@/components/search/save-search-button";
import { SearchBar } from "@/components/search/search-bar";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { findOwnApplications } from "@/lib/applications/find-own-application";
import { AppError } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import { savedOfferIds } from "@/lib/favourites/saved-offer-ids";
import { sessionActor } from "@/lib/identity/current-actor";
import { searchOffers } from "@/lib/offers/search-offers";
import {
  SEARCH_FACETS,
  offerSearchSchema,
  searchInput,
  searchParamsOf,
  type OfferSearchQuery,
  type SearchCriteria,
} from "@/lib/offers/search-schema";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

const criteriaOf = ({ cursor: _c, limit: _l, sort: _s, ...criteria }: OfferSearchQuery): SearchCriteria => criteria;

const href = (query: Partial<OfferSearchQuery>) => {
  const params = searchParamsOf(query).toString();
  return params ? `/offers?${params}` : "/offers";
};

/** Offer search, rendered on the server from the URL: every search is a link. */
export default async function OfferSearchPage({ searchParams }: Props) {
  const [t, actor] = await Promise.all([getTranslations("search"), sessionActor()]);
  const found = await validate(offerSearchSchema, searchInput(await searchParams))
    .then(async (query) => ({ query, result: await searchOffers(query) }))
    .catch((error: unknown) => {
      if (error instanceof AppError && error.code === "VALIDATION") return null;
      throw error;
    });
  if (!found) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("invalid")} hint={t("invalidHint")} action={t("emptyAction")} href="/offers" />
      </>
    );
  }
  const { query, result } = found;
  const applications = await findOwnApplications(
    actor,
    result.items.map((offer) => offer.id),
  );
  const selected = Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, query[facet]])) as Record<
    (typeof SEARCH_FACETS)[number],
    string[]
  >;
  const active = SEARCH_FACETS.reduce((sum, facet) => sum + query[facet].length, 0);
  const filtered = active > 0;
  const hasFacets = SEARCH_FACETS.some((facet) => result.facets[facet].length > 0);
  const shown = result.items.map(({ id }) => id);
  const saved = actor?.role === "STUDENT" ? await savedOfferIds(actor, shown) : undefined;
  // Remount the uncontrolled fields whenever the URL changes (back button included).
  const key = href({ ...query, cursor: undefined });

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <SearchBar key={key} q={query.q} sort={query.sort} limit={query.limit} />
      <Grid container spacing={4} sx={{ mt: 2 }}>
        <Grid size={{ xs: 12, md: 8 }} component="section" aria-labelledby="search-results">
          <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap", mb: 2 }}>
            <Typography variant="h2" id="search-results" aria-live="polite" sx={{ fontSize: "1.25rem", flexGrow: 1 }}>
              {t(result.totalIsApproximate ? "totalApproximate" : "total", { total: result.total })}
            </Typography>
            {hasFacets && <FiltersButton active={active} />}
            {filtered && <LinkButton href={href({ q: query.q, sort: query.sort })}>{t("clear")}</LinkButton>}
            {actor?.role === "STUDENT" && (
              <SaveSearchButton criteria={criteriaOf(query)} defaultName={query.q || t("save.defaultName")} />
            )}
          </Stack>
          {result.correctedQuery && (
            <Typography sx={{ mb: 2 }}>{t("correctedQuery", { corrected: result.correctedQuery })}</Typography>
          )}
          {result.items.length === 0 ? (
            <EmptyState title={t("empty")} hint={t("emptyHint")} action={t("emptyAction")} href="/offers" />
          ) : (
            <Stack spacing={2}>
              {result.items.map((offer) => (
                <OfferResult
                  key={offer.id}
                  offer={offer}
                  saved={saved?.has(offer.id)}
                  back={searchParamsOf(query).toString()}
                  actions={
                    <ApplyButton
                      offerId={offer.id}
                      open
                      signedIn={Boolean(actor)}
                      role={actor?.role}
                      application={applications.get(offer.id) ?? null}
                      size="small"
                    />
                  }
                />
              ))}
            </Stack>
          )}
          <Stack direction="row" spacing={2} sx={{ mt: 3 }}>
            {query.cursor && <LinkButton href={href({ ...query, cursor: undefined })}>{t("firstPage")}</LinkButton>}
            {result.nextCursor && (
              <LinkButton href={href({ ...query, cursor: result.nextCursor })} variant="contained">
                {t("nextPage")}
              </LinkButton>
            )}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FiltersPlacement
            total={result.total}
            clearHref={filtered ? href({ q: query.q, sort: query.sort }) : undefined}
          >
            <FacetPanel key={key} facets={result.facets} selected={selected} approximate={result.totalIsApproximate} />
          </FiltersPlacement>
        </Grid>
      </Grid>
    </>
  );
}

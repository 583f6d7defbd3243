import Card from "@mui/material/Card";
import CardActions from "@mui/material/CardActions";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { SavedSearchControls } from "@/components/search/saved-search-controls";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { fieldKey } from "@/lib/offers/offer-options";
import { listSavedSearches, type SavedSearchSummary } from "@/lib/offers/saved-searches/list-saved-searches";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search.saved"))("title") };
}

/** The words and filters of a saved search, in words. */
async function describe({ criteria, enterpriseNames }: SavedSearchSummary): Promise<string> {
  const [t, to] = await Promise.all([getTranslations("search"), getTranslations("offers")]);
  const parts = [
    criteria.q && t("saved.words", { q: criteria.q }),
    ...criteria.remote.map((v) => to(`remoteModes.${v}`)),
    ...criteria.city,
    ...criteria.country,
    ...criteria.field.map((v) => (to.has(`fields.${fieldKey(v)}`) ? to(`fields.${fieldKey(v)}`) : v)),
    ...criteria.duration.map((v) => t(`durations.${v}`)),
    ...criteria.stipend.map((v) => t(`stipends.${v}`)),
    ...criteria.start,
    ...criteria.skills,
    ...enterpriseNames,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : t("saved.everything");
}

export default async function SavedSearchesPage() {
  const actor = await pageActor("STUDENT");
  const [searches, t, format] = await Promise.all([
    forPage(listSavedSearches(actor)),
    getTranslations("search.saved"),
    getFormatter(),
  ]);
  const descriptions = await Promise.all(searches.map(describe));
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {searches.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} action={t("browse")} href="/offers" />
      ) : (
        <Stack spacing={2} sx={{ maxWidth: 880 }}>
          {searches.map((search, i) => (
            <Card key={search.id} component="article">
              <CardContent>
                <Typography variant="h2" sx={{ fontSize: "1.2rem" }}>
                  {search.name}
                </Typography>
                <Typography color="text.secondary" sx={{ mt: 0.5 }}>
                  {descriptions[i]}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {t("savedOn", { date: format.dateTime(search.createdAt, { dateStyle: "long" }) })}
                </Typography>
              </CardContent>
              <CardActions sx={{ px: 2, pb: 2, flexWrap: "wrap", gap: 1 }}>
                <LinkButton href={search.href} variant="contained">
                  {t("run")}
                </LinkButton>
                <SavedSearchControls id={search.id} name={search.name} alertsEnabled={search.alertsEnabled} />
              </CardActions>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}

import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FavouriteButton } from "@/components/offers/favourite-button";
import { EmptyState } from "@/components/ui/empty-state";
import { OfferCard } from "@/components/students/offer-card";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listSavedOffers } from "@/lib/favourites/list-saved-offers";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("students.saved"))("title") };
}

export default async function SavedOffersPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const actor = await pageActor("STUDENT");
  const { cursor } = await searchParams;
  const [page, t, format] = await Promise.all([
    forPage(listSavedOffers(actor, actor.studentId ?? "", { cursor: cursor?.slice(0, 200), limit: 20 })),
    getTranslations("students.saved"),
    getFormatter(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {page.items.length === 0 && !cursor ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} action={t("browse")} href="/offers" />
      ) : (
        <Stack spacing={2} sx={{ maxWidth: 880 }}>
          {page.items.map(({ offer, savedAt, available }) => (
            <OfferCard
              key={offer.id}
              offer={offer}
              badges={!available && <Chip size="small" color="warning" label={t("unavailable")} />}
              actions={<FavouriteButton offerId={offer.id} saved confirmUnsave={offer.title} />}
            >
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {t("savedOn", { date: format.dateTime(savedAt, { dateStyle: "long" }) })}
              </Typography>
            </OfferCard>
          ))}
          {page.nextCursor && (
            <LinkButton href={`?cursor=${encodeURIComponent(page.nextCursor)}`} sx={{ alignSelf: "flex-start" }}>
              {t("more")}
            </LinkButton>
          )}
        </Stack>
      )}
    </>
  );
}

import CheckCircleOutlined from "@mui/icons-material/CheckCircleOutlined";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FavouriteButton } from "@/components/offers/favourite-button";
import { describeReason } from "@/components/students/describe-reason";
import { EmptyState } from "@/components/ui/empty-state";
import { OfferCard } from "@/components/students/offer-card";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { recommendOffers } from "@/lib/recommendations/recommend-offers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("students.recommendations"))("title") };
}

export default async function RecommendationsPage() {
  const actor = await pageActor("STUDENT");
  const [result, t, reasons, offers, format] = await Promise.all([
    forPage(recommendOffers(actor, actor.studentId ?? "", { limit: 20 })),
    getTranslations("students.recommendations"),
    getTranslations("students.reasons"),
    getTranslations("offers"),
    getFormatter(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {result.items.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} action={t("completeProfile")} href="/student/profile" />
      ) : (
        <Stack spacing={2} sx={{ maxWidth: 880 }}>
          {result.items.map((item) => (
            <OfferCard
              key={item.offer.id}
              offer={item.offer}
              badges={
                <Chip size="small" color="primary" variant="outlined" label={t("score", { score: item.score })} />
              }
              actions={<FavouriteButton offerId={item.offer.id} saved={item.saved} />}
            >
              <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
                {t("why")}
              </Typography>
              <List dense disablePadding sx={{ display: "grid", gridTemplateColumns: { md: "1fr 1fr" }, columnGap: 2 }}>
                {item.reasons.map((reason) => (
                  <ListItem key={reason.code} disableGutters sx={{ py: 0.25 }}>
                    <ListItemIcon sx={{ minWidth: 32 }}>
                      <CheckCircleOutlined fontSize="small" color="success" aria-hidden />
                    </ListItemIcon>
                    <ListItemText primary={describeReason(reason, reasons, offers, format)} />
                  </ListItem>
                ))}
              </List>
            </OfferCard>
          ))}
        </Stack>
      )}
    </>
  );
}

import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EnterpriseLogo } from "@/components/enterprises/enterprise-logo";
import { FavouriteButton } from "@/components/offers/favourite-button";
import { OfferLink } from "@/components/students/offer-link";
import { fieldKey } from "@/lib/offers/offer-options";
import type { OfferSearchItem } from "@/lib/offers/search-items";

// The title's link covers the card (one link, one tab stop), so the card shows its focus.
const CARD = {
  position: "relative",
  transition: "border-color 120ms, box-shadow 120ms",
  "&:hover": { borderColor: "primary.main", boxShadow: 2 },
  "&:has(h3 a:focus-visible)": { outline: "2px solid", outlineColor: "primary.main", outlineOffset: 2 },
} as const;

/**
 * One search result: who offers it, what a student compares first, the skills asked for, the
 * deadline and how recent it is. The whole card opens the offer; controls in its actions row
 * sit above that link. `saved` is given for a signed-in student, who gets the save button.
 */
export async function OfferResult({
  offer,
  saved,
  actions,
  back,
}: {
  offer: OfferSearchItem;
  saved?: boolean;
  /** The search's query string (see OfferLink). */
  back?: string;
  /** More controls for the actions row (the apply button). */
  actions?: ReactNode;
}) {
  const [t, to, format] = await Promise.all([
    getTranslations("search.card"),
    getTranslations("offers"),
    getFormatter(),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const now = new Date();
  const stipend =
    offer.stipendAmount !== null && offer.stipendAmount > 0
      ? `${format.number(offer.stipendAmount, { style: "currency", currency: offer.stipendCurrency, maximumFractionDigits: 0 })} ${to(`stipendPeriods.${offer.stipendPeriod}`)}`
      : t("unpaid");
  const facts = [
    `${offer.city} (${offer.country})`,
    to(`remoteModes.${offer.remoteMode}`),
    t("weeks", { weeks: offer.durationWeeks }),
    stipend,
    offer.startFrom && t("start", { date: date(offer.startFrom) }),
  ].filter(Boolean);
  return (
    <Card component="article" variant="outlined" sx={CARD}>
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: "flex-start" }}>
          <EnterpriseLogo name={offer.enterprise.name} logoUrl={offer.enterprise.logoUrl} />
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="h3" component="h3" sx={{ fontSize: "1.15rem" }}>
              <OfferLink offerId={offer.id} stretched back={back}>
                {offer.title}
              </OfferLink>
            </Typography>
            <Typography sx={{ fontWeight: 500, mt: 0.5 }}>
              {offer.enterprise.name}
              <Typography component="span" color="text.secondary">
                {" · "}
                {to.has(`fields.${fieldKey(offer.field)}`) ? to(`fields.${fieldKey(offer.field)}`) : offer.field}
              </Typography>
            </Typography>
          </Box>
        </Stack>
        <Typography color="text.secondary" sx={{ mt: 1.5 }}>
          {facts.join(" · ")}
        </Typography>
        {offer.skills.length > 0 && (
          <Stack
            direction="row"
            component="ul"
            aria-label={t("skills")}
            useFlexGap
            spacing={0.75}
            sx={{ flexWrap: "wrap", listStyle: "none", p: 0, m: 0, mt: 1.5 }}
          >
            {offer.skills.map((skill) => (
              <li key={skill}>
                <Chip size="small" label={skill} />
              </li>
            ))}
          </Stack>
        )}
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1.5, alignItems: "center", flexWrap: "wrap" }}>
          <Typography variant="body2" sx={{ flexGrow: 1 }}>
            <Box component="span" sx={{ color: offer.deadline ? "text.primary" : "text.secondary" }}>
              {offer.deadline ? t("deadline", { date: date(offer.deadline) }) : t("noDeadline")}
            </Box>
            <Box component="span" sx={{ color: "text.secondary" }}>
              {" · "}
              <time dateTime={offer.publishedAt.toISOString()}>
                {t("posted", { when: format.relativeTime(offer.publishedAt, now) })}
              </time>
            </Box>
          </Typography>
          {(saved !== undefined || actions) && (
            <Stack direction="row" spacing={1} sx={{ position: "relative", zIndex: 1, alignItems: "center" }}>
              {actions}
              {saved !== undefined && <FavouriteButton offerId={offer.id} saved={saved} />}
            </Stack>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import { OfferLink } from "@/components/students/offer-link";
import { fieldKey } from "@/lib/offers/offer-options";
import type { OfferSearchItem } from "@/lib/offers/search-items";

/** One search result: what a student compares first, the skills asked for, and the deadline. */
export async function OfferResult({ offer }: { offer: OfferSearchItem }) {
  const [t, to, format] = await Promise.all([
    getTranslations("search.card"),
    getTranslations("offers"),
    getFormatter(),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
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
    <Card component="article" variant="outlined">
      <CardContent>
        <Typography variant="h3" component="h3" sx={{ fontSize: "1.15rem" }}>
          <OfferLink offerId={offer.id}>{offer.title}</OfferLink>
        </Typography>
        <Typography sx={{ fontWeight: 500, mt: 0.5 }}>
          {offer.enterprise.name}
          <Typography component="span" color="text.secondary">
            {" · "}
            {to.has(`fields.${fieldKey(offer.field)}`) ? to(`fields.${fieldKey(offer.field)}`) : offer.field}
          </Typography>
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5 }}>
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
        <Typography variant="body2" sx={{ mt: 1.5 }} color={offer.deadline ? "text.primary" : "text.secondary"}>
          {offer.deadline ? t("deadline", { date: date(offer.deadline) }) : t("noDeadline")}
        </Typography>
      </CardContent>
    </Card>
  );
}

import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import { getFormatter, getTranslations } from "next-intl/server";
import type { OfferDetail } from "@/lib/offers/get-offer";
import { fieldKey } from "@/lib/offers/offer-options";

/** The key facts of an offer as chips: field, place, remote mode, duration, stipend, start, deadline. */
export async function OfferFacts({ offer }: { offer: OfferDetail }) {
  const [t, format] = await Promise.all([getTranslations("offers"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const facts = [
    t(`fields.${fieldKey(offer.field)}`),
    `${offer.city} (${offer.country})`,
    t(`remoteModes.${offer.remoteMode}`),
    t("list.weeks", { weeks: offer.durationWeeks }),
    offer.stipendAmount != null
      ? `${format.number(offer.stipendAmount, { style: "currency", currency: offer.stipendCurrency, maximumFractionDigits: 0 })} ${t(`stipendPeriods.${offer.stipendPeriod}`)}`
      : t("detail.unpaid"),
    offer.startFrom && t("detail.start", { date: date(offer.startFrom) }),
    offer.deadline && t("list.deadline", { date: date(offer.deadline) }),
  ].filter((fact): fact is string => Boolean(fact));
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: "wrap" }}
      component="ul"
      aria-label={t("detail.facts")}
      style={{ listStyle: "none", padding: 0, margin: 0 }}
    >
      {facts.map((fact) => (
        <li key={fact}>
          <Chip label={fact} variant="outlined" />
        </li>
      ))}
    </Stack>
  );
}

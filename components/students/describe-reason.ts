import type { getFormatter, getTranslations } from "next-intl/server";
import { fieldKey } from "@/lib/offers/offer-options";
import type { Reason } from "@/lib/recommendations/score-offer";

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** A recommendation reason as a sentence in the reader's language (`t` is students.reasons, `to` offers). */
export function describeReason(reason: Reason, t: Translate, to: Translate, format: Format): string {
  const v = reason.values;
  const money = (amount: string | number) =>
    format.number(Number(amount), { style: "currency", currency: String(v.currency), maximumFractionDigits: 0 });
  const day = (iso: string | number) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" });
  switch (reason.code) {
    case "field":
    case "studyField":
      return t(reason.code, { field: to(`fields.${fieldKey(String(v.field))}`) });
    case "remote":
      return t("remote", { mode: to(`remoteModes.${v.mode}`) });
    case "dates":
      return v.from === v.to
        ? t("datesOn", { from: day(v.from!) })
        : t("dates", { from: day(v.from!), to: day(v.to!) });
    case "stipend":
      return t("stipend", {
        amount: money(v.amount!),
        period: to(`stipendPeriods.${v.period}`),
        minimum: money(v.minimum!),
      });
    case "skills":
      return t("skills", { fromCv: 0, ...v });
    default:
      return t(reason.code, v);
  }
}

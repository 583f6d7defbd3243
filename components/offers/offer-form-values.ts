import type { ScreeningQuestionKind } from "@/lib/generated/prisma/enums";
import type { OfferDetail } from "@/lib/offers/get-offer";

/** A screening question in the form: `id` for one the offer already asks (kept, with its answers). */
export type ScreeningQuestionValues = {
  id?: string;
  kind: ScreeningQuestionKind;
  label: string;
  required: boolean;
  options: string[];
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** Form values from a stored offer (dates as yyyy-mm-dd for date inputs), or a blank offer. */
export function offerFormValues(offer?: OfferDetail) {
  return {
    title: offer?.title ?? "",
    description: offer?.description ?? "",
    missions: offer?.missions ?? "",
    skills: offer?.skills ?? [],
    field: offer?.field ?? "",
    city: offer?.city ?? "",
    country: offer?.country ?? "FR",
    remoteMode: offer?.remoteMode ?? "ON_SITE",
    durationWeeks: offer?.durationWeeks ?? 24,
    startFrom: day(offer?.startFrom ?? null),
    startTo: day(offer?.startTo ?? null),
    stipendAmount: offer?.stipendAmount ?? "",
    stipendCurrency: offer?.stipendCurrency ?? "EUR",
    stipendPeriod: offer?.stipendPeriod ?? "MONTH",
    positions: offer?.positions ?? 1,
    deadline: day(offer?.deadline ?? null),
    languages: offer?.languages ?? ["fr"],
    educationLevel: offer?.educationLevel ?? "",
    benefits: offer?.benefits ?? "",
    questions: (offer?.questions ?? []).map(({ id, kind, label, required, options }): ScreeningQuestionValues => ({
      id,
      kind,
      label,
      required,
      options,
    })),
  };
}

export type OfferFormValues = ReturnType<typeof offerFormValues>;

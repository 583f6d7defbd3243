"use client";
import { useLocale, useTranslations } from "next-intl";
import type { Reason } from "@/lib/core/errors";
import { asReason } from "@/lib/core/reason";

/**
 * Translates reasons into the user's language: `reasons` for what an action says, `validation` for
 * what a field says. A key outside the catalogue is a sentence already (yup's own), shown as it is.
 */
export function useReasonText() {
  const tr = useTranslations("reasons");
  const tv = useTranslations("validation");
  const locale = useLocale();
  return {
    reason: (reason: Reason) => (tr.has(reason.key) ? tr(reason.key, reason.values) : reason.key),
    /** The moves still allowed after a refused one (a 409's `allowed`), as a sentence. */
    allowedMoves: (allowed: string[]) =>
      allowed.length === 0
        ? tr("noMovesLeft")
        : tr("allowedMoves", {
            moves: new Intl.ListFormat(locale, { type: "disjunction" }).format(
              allowed.map((status) => tr("statusName", { status })),
            ),
          }),
    field: (message: unknown) => {
      if (message === undefined || message === null || message === "") return undefined;
      const reason = asReason(message);
      return tv.has(reason.key) ? tv(reason.key, reason.values) : reason.key;
    },
  };
}

/** Field error text for a yup message, translated (schemas use keys so both languages share them). */
export function useFieldMessage() {
  return useReasonText().field;
}

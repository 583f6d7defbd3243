"use client";
import { useTranslations } from "next-intl";
import type { Reason } from "@/lib/core/errors";
import { asReason } from "@/lib/core/reason";

/**
 * Translates reasons into the user's language: `reasons` for what an action says, `validation` for
 * what a field says. A key outside the catalogue is a sentence already (yup's own), shown as it is.
 */
export function useReasonText() {
  const tr = useTranslations("reasons");
  const tv = useTranslations("validation");
  return {
    reason: (reason: Reason) => (tr.has(reason.key) ? tr(reason.key, reason.values) : reason.key),
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

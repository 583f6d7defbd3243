"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/core/server-action";

type Failure = Extract<ActionResult<unknown>, { ok: false }>["error"];

/** Turns a server action failure into field messages and one form-level message, translated. */
export function useActionErrors<F extends FieldValues>(setError: UseFormSetError<F>) {
  const tv = useTranslations("validation");
  const te = useTranslations("errors");
  return (error: Failure): string => {
    for (const [field, code] of Object.entries(error.fieldErrors ?? {})) {
      setError(field as Path<F>, { type: "server", message: tv.has(code) ? tv(code) : code });
    }
    if (error.code === "RATE_LIMITED") return te("RATE_LIMITED", { minutes: Math.ceil((error.retryAfterSeconds ?? 60) / 60) });
    if (error.code === "INTERNAL") return te("INTERNAL", { reference: error.reference ?? "-" });
    return te.has(error.code) ? te(error.code) : error.message;
  };
}

/** Field error text for a yup message key (schemas use keys so both languages share them). */
export function useFieldMessage() {
  const tv = useTranslations("validation");
  return (message?: string) => (message ? (tv.has(message) ? tv(message) : message) : undefined);
}

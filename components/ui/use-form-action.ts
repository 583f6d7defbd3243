"use client";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/core/server-action";
import { useReasonText } from "./reason-text";
import { useAction, type ActionOptions } from "./use-action";

/**
 * A react-hook-form form submitting to a server action: the shared yup schema checks in the
 * browser first, the server checks again, and its field reasons land on the fields they name.
 * Reasons for fields the form does not show are named in the form's outcome message instead.
 */
export function useFormAction<F extends FieldValues, T, I = F>(
  form: UseFormReturn<F>,
  action: (input: I) => Promise<ActionResult<T>>,
  options: ActionOptions<I, T> & {
    reset?: boolean;
    /** What the action takes, when not the form's values as they are (FormData for files). */
    toInput?: (values: F) => I;
  } = {},
) {
  const text = useReasonText();
  const { execute, pending, outcome } = useAction(action, {
    ...options,
    onSuccess: (data, input) => {
      if (options.reset) form.reset();
      options.onSuccess?.(data, input);
    },
    onFailure: (error) => {
      const unshown: string[] = [];
      for (const [name, reason] of Object.entries(error.fieldErrors ?? {})) {
        const message = text.field(reason)!;
        if (form.getValues(name as Path<F>) === undefined) unshown.push(message);
        else form.setError(name as Path<F>, { type: "server", message });
      }
      return unshown;
    },
  });
  const toInput = options.toInput ?? ((values: F) => values as unknown as I);
  return { onSubmit: form.handleSubmit(async (values) => void (await execute(toInput(values)))), pending, outcome };
}

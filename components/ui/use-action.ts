"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionFailure, ActionResult } from "@/lib/core/server-action";
import { useFlash } from "./flash";
import { useReasonText } from "./reason-text";
import { useHydrated } from "./use-hydrated";

export type Outcome =
  { ok: true; message: string } | { ok: false; message: string; code: ActionFailure["code"]; allowed?: string[] };

/** A refused move's `allowed` extension (the moves the caller may still make), when the failure has one. */
export const allowedOf = (error: ActionFailure): string[] | undefined => {
  const allowed = error.extensions?.allowed;
  return Array.isArray(allowed) ? allowed : undefined;
};

export type ActionOptions<I, T> = {
  /** The confirmation shown once the action succeeded; none when left out. */
  success?: string | ((data: T, input: I) => string);
  onSuccess?: (data: T, input: I) => void;
  /** Re-render the page's server components after success (default true). */
  refresh?: boolean;
  /** Show the confirmation above the page, for a component the refresh removes (a form whose turn is over). */
  flash?: boolean;
};

/**
 * The one way a component calls a server action: pending state, the outcome message in the user's
 * language, and a refresh of the page's data on success. Forms use useFormAction on top of it.
 */
export function useAction<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  options: ActionOptions<I, T> & { onFailure?: (error: ActionFailure) => string[] } = {},
) {
  const router = useRouter();
  const text = useReasonText();
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const flash = useFlash();

  const describe = (error: ActionFailure) => {
    // A generic "fix the fields" is useless where the fields are not on screen: name their reasons.
    const unshown = options.onFailure?.(error) ?? Object.values(error.fieldErrors ?? {}).map(text.field);
    if (error.reason.key === "invalidFields" && unshown.length > 0) return [...new Set(unshown)].join(" ");
    const allowed = allowedOf(error);
    return allowed ? `${text.reason(error.reason)} ${text.allowedMoves(allowed)}` : text.reason(error.reason);
  };

  const execute = (input: I) =>
    new Promise<ActionResult<T>>((resolve) =>
      startTransition(async () => {
        setOutcome(undefined);
        const result = await action(input);
        if (result.ok) {
          const { success } = options;
          const message = typeof success === "function" ? success(result.data, input) : success;
          if (message && options.flash) flash(message);
          else if (message) setOutcome({ ok: true, message });
          options.onSuccess?.(result.data, input);
          if (options.refresh !== false) router.refresh();
        } else {
          const allowed = allowedOf(result.error);
          setOutcome({
            ok: false,
            message: describe(result.error),
            code: result.error.code,
            ...(allowed && { allowed }),
          });
        }
        resolve(result);
      }),
    );

  // Not ready before hydration either: a button disabled by `pending` waits for the page's scripts.
  return { execute, pending: pending || !hydrated, outcome, reset: () => setOutcome(undefined) };
}

import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { kickRelay } from "@/inngest/dispatch";
import type { Actor } from "@/lib/identity/actor";
import { sessionActor } from "@/lib/identity/current-actor";
import { afterResponse } from "./after-response";
import { AppError, type ErrorCode, type FieldErrors, type Reason } from "./errors";
import { assertInputKind, assertSafeInput, type InputKind } from "./input-safety";
import { logger } from "./logger";
import { consume } from "./rate-limit";
import { withRequestContext } from "./request-context";
import { clientIp } from "./request-info";

/** What a failed action tells the form: the reason and per-field reasons, translated by the browser. */
export type ActionFailure = {
  code: ErrorCode | "INTERNAL";
  reason: Reason;
  fieldErrors?: FieldErrors;
  /** What the API's problem+json adds to the reason (`allowed` moves, `positions`…), for the form to say. */
  extensions?: AppError["details"]["extensions"];
};
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionFailure };

/**
 * The one wrapper of every server action. Server actions are public POST endpoints, so each call
 * is counted against a budget per user (or IP), the handler gets the session's actor (or null)
 * and must let the domain function check it; expected errors come back as form messages, the
 * rest are logged with a reference and hidden.
 */
export function serverAction<I, T>(
  handler: (input: I, actor: Actor | null) => Promise<T>,
  options: {
    rateLimit?: { name: string; points: number; seconds: number };
    /** The shape of the one argument, checked before the handler runs (default: a plain object). */
    input?: InputKind;
  } = {},
) {
  const limit = options.rateLimit ?? { name: "action", points: 120, seconds: 60 };
  return async (input: I): Promise<ActionResult<T>> => {
    try {
      const actor = await sessionActor();
      // Outside a request (tests calling an action directly) a signed-in caller has no address.
      const ip = await headers().then(clientIp, (error: unknown) => {
        if (actor) return "unknown";
        throw error;
      });
      await consume(limit.name, actor?.userId ?? ip, limit.points, limit.seconds);
      assertSafeInput(input);
      assertInputKind(input, options.input ?? "object");
      const data = await withRequestContext({ requestId: randomUUID(), ip }, () => handler(input, actor));
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      if (error instanceof AppError) {
        const { fieldErrors, extensions } = error.details;
        return {
          ok: false,
          error: { code: error.code, reason: error.reason, fieldErrors, ...(extensions && { extensions }) },
        };
      }
      const reference = randomUUID();
      logger.error({ err: error, reference }, "unexpected error in server action");
      return { ok: false, error: { code: "INTERNAL", reason: { key: "internal", values: { reference } } } };
    } finally {
      afterResponse(() => kickRelay());
    }
  };
}

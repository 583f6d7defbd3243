import { randomUUID } from "node:crypto";
import { afterResponse } from "./after-response";
import { kickRelay } from "@/inngest/dispatch";
import type { Actor } from "@/lib/identity/actor";
import { requestActor } from "@/lib/identity/current-actor";
import { env } from "./env";
import { AppError, forbidden } from "./errors";
import { assertPlausibleParams, assertSafeInput } from "./input-safety";
import { logger } from "./logger";
import { observeRequest } from "./metrics";
import { problemResponse } from "./problem";
import { readCappedText } from "./read-body";
import { consume } from "./rate-limit";
import { withRequestContext } from "./request-context";
import { clientIp } from "./request-info";
import { inRequestSpan } from "./telemetry";

export type ApiContext<P> = {
  request: Request;
  params: P;
  requestId: string;
  ip: string;
  /** The caller (bearer token or session), resolved on first use. */
  actor(): Promise<Actor | null>;
  /** The JSON body; a body that is not JSON is a 400. */
  body(): Promise<unknown>;
  /** Query parameters as a plain object. */
  query(): Record<string, string>;
};

type Options = {
  /** Status of a successful plain-data answer (default 200). */
  status?: number;
  /** Budget for this route's writes per caller (default 120 a minute for non-GET). */
  rateLimit?: { points: number; seconds: number };
};

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const MAX_JSON_BYTES = 1024 * 1024;

/**
 * The one wrapper of every /api/v1 handler: request id, caller, write rate limit, JSON answers,
 * problem+json for expected errors, a logged id and a generic answer for the rest; then it lets
 * the outbox relay deliver whatever events the handler committed.
 */
export function apiRoute<P = Record<string, never>>(
  handler: (context: ApiContext<P>) => Promise<unknown>,
  options: Options = {},
) {
  const answer = async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    const started = performance.now();
    const requestId = request.headers.get("x-request-id")?.slice(0, 100) || randomUUID();
    const ip = clientIp(request.headers);
    let actor: Promise<Actor | null> | undefined;
    const context: ApiContext<P> = {
      request,
      params: (await route?.params) ?? ({} as P),
      requestId,
      ip,
      actor: () => (actor ??= requestActor(request)),
      body: async () => {
        const text = await readCappedText(request, MAX_JSON_BYTES);
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new AppError("VALIDATION", "bodyNotJson");
        }
        assertSafeInput(parsed);
        return parsed;
      },
      query: () => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        assertSafeInput(query);
        return query;
      },
    };
    let response: Response;
    try {
      assertPlausibleParams(context.params as Record<string, unknown>);
      if (WRITE_METHODS.has(request.method)) {
        refuseCrossSiteCookieWrite(request);
        const limit = options.rateLimit ?? { points: 120, seconds: 60 };
        const caller = (await context.actor().catch(() => null))?.userId ?? ip;
        // One limiter per budget, keyed by caller and path: ids in paths must not create limiters.
        await consume("api-write", `${caller}:${new URL(request.url).pathname}`, limit.points, limit.seconds);
      }
      const result = await withRequestContext({ requestId, ip }, () => handler(context));
      response = result instanceof Response ? result : Response.json(result, { status: options.status ?? 200 });
    } catch (error) {
      if (!(error instanceof AppError)) {
        logger.error(
          { err: error, requestId, method: request.method, url: request.url },
          "unexpected error in API route",
        );
      }
      response = problemResponse(error, requestId);
    }
    response.headers.set("x-request-id", requestId);
    const ms = Math.round(performance.now() - started);
    response.headers.set("server-timing", `app;dur=${ms}`);
    observeRequest(
      request.method,
      new URL(request.url).pathname,
      response.status,
      (performance.now() - started) / 1000,
    );
    logger.info(
      { requestId, method: request.method, path: new URL(request.url).pathname, status: response.status, ms },
      "api request",
    );
    afterResponse(() => kickRelay());
    return response;
  };
  return (request: Request, route: { params: Promise<P> }) => inRequestSpan(request, () => answer(request, route));
}

export const noContent = () => new Response(null, { status: 204 });

/**
 * A write carried by the browser session cookie must come from our own pages: another site's
 * page cannot pass a same-origin Origin header. Bearer-token clients are not affected.
 */
function refuseCrossSiteCookieWrite(request: Request): void {
  if (request.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) return;
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin && origin !== new URL(env().APP_URL).origin) {
    throw forbidden("crossSite");
  }
}

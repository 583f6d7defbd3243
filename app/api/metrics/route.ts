import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { collectMetrics } from "@/lib/operations/collect-metrics";

/**
 * Prometheus metrics, for whoever holds METRICS_TOKEN (`Authorization: Bearer …`). Without the
 * token configured the route does not exist (404); a missing or wrong token is a 401.
 */
export const dynamic = "force-dynamic";

const digest = (text: string) => createHash("sha256").update(text).digest();

export async function GET(request: Request) {
  const token = env().METRICS_TOKEN;
  if (!token) return new Response("Not Found\n", { status: 404, headers: { "content-type": "text/plain" } });
  const sent = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1]?.trim() ?? "";
  // Compared as digests: the same length whatever was sent, and in constant time.
  if (!timingSafeEqual(digest(sent), digest(token))) {
    return new Response("Unauthorized\n", {
      status: 401,
      headers: { "content-type": "text/plain", "www-authenticate": 'Bearer realm="metrics"' },
    });
  }
  try {
    return new Response(await collectMetrics(), {
      headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8", "cache-control": "no-store" },
    });
  } catch (error) {
    logger.error({ err: error }, "metrics could not be collected");
    return new Response("Service Unavailable\n", { status: 503, headers: { "content-type": "text/plain" } });
  }
}

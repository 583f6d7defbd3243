import { SpanStatusCode, trace, type Attributes, type Span } from "@opentelemetry/api";
import { telemetryEnv } from "./env";
import { routeOf } from "./metrics";

/**
 * OpenTelemetry traces, exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set. Without it
 * nothing is registered: the API's tracer stays the no-op one (no span is recorded, nothing is sent)
 * and the SDK is never loaded.
 */
type Started = { flush(): Promise<void> };
const holder = globalThis as { telemetry?: Started };

/** "key=value,key2=value2" (the OTLP headers variable) as an object. */
export function parseOtlpHeaders(text: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of (text ?? "").split(",")) {
    const at = pair.indexOf("=");
    if (at > 0) headers[decodeURIComponent(pair.slice(0, at).trim())] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return headers;
}

/**
 * Registers the SDK once per process (Next's `register()` hook calls it): spans of Next.js itself
 * (routes, rendering, fetches), of the API wrapper and of Prisma (operations and SQL queries).
 * Returns whether tracing is on.
 */
export async function startTelemetry(): Promise<boolean> {
  if (holder.telemetry) return true;
  const config = telemetryEnv();
  const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return false;
  const [otel, { PrismaInstrumentation }, { BatchSpanProcessor }] = await Promise.all([
    import("@vercel/otel"),
    import("@prisma/instrumentation"),
    import("@opentelemetry/sdk-trace-base"),
  ]);
  const options = {
    url: `${endpoint.replace(/\/+$/, "")}/v1/traces`,
    headers: parseOtlpHeaders(config.OTEL_EXPORTER_OTLP_HEADERS),
  };
  const exporter =
    config.OTEL_EXPORTER_OTLP_PROTOCOL === "http/json"
      ? new otel.OTLPHttpJsonTraceExporter(options)
      : new otel.OTLPHttpProtoTraceExporter(options);
  const processor = new BatchSpanProcessor(exporter);
  otel.registerOTel({
    serviceName: config.OTEL_SERVICE_NAME,
    spanProcessors: [processor],
    instrumentations: ["fetch", new PrismaInstrumentation()],
  });
  holder.telemetry = { flush: () => processor.forceFlush() };
  return true;
}

/** Sends the spans ended so far (tests; a stopping process). */
export async function flushTelemetry(): Promise<void> {
  await holder.telemetry?.flush();
}

const tracer = () => trace.getTracer("stagiaire");

/** Runs `work` in an active span: children (Prisma queries…) nest under it; a throw marks it failed. */
export function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * The span of one API request, named by method and route (ids in the path become `{id}`, as in the
 * metrics), with the status and request id it was answered with.
 */
export function inRequestSpan(request: Request, answer: () => Promise<Response>): Promise<Response> {
  const route = routeOf(new URL(request.url).pathname);
  const attributes = { "http.request.method": request.method, "http.route": route };
  return inSpan(`${request.method} ${route}`, attributes, async (span) => {
    const response = await answer();
    span.setAttribute("http.response.status_code", response.status);
    const requestId = response.headers.get("x-request-id");
    if (requestId) span.setAttribute("app.request_id", requestId);
    if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    return response;
  });
}

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getOffer } from "@/app/api/v1/offers/[id]/route";
import { callRoute } from "@/tests/helpers/call-route";
import { flushTelemetry, parseOtlpHeaders, startTelemetry } from "@/lib/core/telemetry";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

/** A tiny OTLP/HTTP receiver: it keeps every POST it gets. */
type Received = { path: string; headers: Record<string, string | string[] | undefined>; body: string };
const received: Received[] = [];
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
});

type OtlpSpan = {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string } }[];
};
const spansOf = (posts: Received[]): OtlpSpan[] =>
  posts.flatMap((post) =>
    (
      JSON.parse(post.body) as {
        resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
      }
    ).resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)),
  );
const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};
const missingOffer = () =>
  callRoute(getOffer, {
    method: "GET",
    path: "/offers/cm0000000000000000000000",
    params: { id: "cm0000000000000000000000" },
  });

describe("OpenTelemetry traces", () => {
  it("reads the OTLP headers variable", () => {
    expect(parseOtlpHeaders("x-api-key=abc%3D,tenant = t1")).toEqual({ "x-api-key": "abc=", tenant: "t1" });
    expect(parseOtlpHeaders(undefined)).toEqual({});
  });

  it("sends nothing and registers nothing without OTEL_EXPORTER_OTLP_ENDPOINT", async () => {
    vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", "");
    expect(await startTelemetry()).toBe(false);
    expect((await missingOffer()).status).toBe(404);
    await flushTelemetry();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveLength(0);
  });

  it("exports a request's span, named by its route, with the database queries under it", async () => {
    vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint);
    vi.stubEnv("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json");
    vi.stubEnv("OTEL_EXPORTER_OTLP_HEADERS", "x-collector-key=secret");
    vi.stubEnv("OTEL_SERVICE_NAME", "stagiaire-test");
    expect(await startTelemetry()).toBe(true);
    const answer = await missingOffer();
    expect(answer.status).toBe(404);
    await flushTelemetry();

    expect(received.length).toBeGreaterThan(0);
    expect(received.every((post) => post.path === "/v1/traces")).toBe(true);
    expect(received[0]!.headers["x-collector-key"]).toBe("secret");
    expect(received[0]!.body).toContain("stagiaire-test");
    const spans = spansOf(received);
    const request = spans.find((span) => span.name === "GET /api/v1/offers/{id}");
    expect(request).toBeDefined();
    expect(attribute(request!, "http.route")).toBe("/api/v1/offers/{id}");
    expect(attribute(request!, "http.response.status_code")).toBe(404);
    expect(attribute(request!, "app.request_id")).toBe(answer.headers.get("x-request-id"));
    // Prisma's spans belong to the same trace, the SQL itself among them.
    const prisma = spans.filter((span) => span.name.startsWith("prisma:") && span.traceId === request!.traceId);
    expect(prisma.map((span) => span.name)).toContain("prisma:client:operation");
    const query = prisma.find((span) => span.name === "prisma:client:db_query");
    expect(String(attribute(query!, "db.query.text") ?? attribute(query!, "db.statement"))).toMatch(
      /select[\s\S]+"Offer"/i,
    );
  });
});

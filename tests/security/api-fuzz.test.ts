import { mkdtempSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { API_ACCESS } from "./access-matrix";
import { callApi, OPERATIONS } from "./api-call";
import { changedTables, fingerprint } from "./fingerprint";
import { allowedCell, apiCases, type ApiCase } from "./fuzz-cases";
import { SEED } from "./fuzz-values";
import { leakIn } from "./leaks";
import { targetPool } from "./target-pool";
import { proxy } from "@/proxy";
import { bearer, buildWorld, type World } from "./world";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

const dataDir = mkdtempSync(path.join(tmpdir(), "api-fuzz-"));
process.env.DATA_DIR = dataDir;

let world: World;
let pool: ReturnType<typeof targetPool>;
let requests = 0;

beforeAll(async () => {
  world = await buildWorld();
  pool = targetPool(world);
});

afterAll(() => {
  console.info(`fuzz of /api/v1: ${requests} requests (seed ${SEED})`);
});

const excerpt = (text: string) => text.slice(0, 200).replace(/\s+/g, " ");
const describeInput = (fuzz: ApiCase, body: unknown) =>
  (fuzz.rawBody ?? "") +
  (typeof body === "string" ? body : body instanceof FormData ? "" : (JSON.stringify(body) ?? ""));

/** Runs one fuzzed request as an allowed caller; returns what went wrong, or null. */
async function runCase(key: string, fuzz: ApiCase): Promise<string | null> {
  const { method, path: route } = OPERATIONS.find((op) => op.key === key)!;
  const rule = API_ACCESS[key]!;
  const cell = allowedCell(rule);
  await db.rateLimit.deleteMany();
  const target = await pool.take(rule.target, cell);
  const valid = rule.body ? await rule.body({ world, target, actor: cell.actor }) : undefined;
  const body = fuzz.rawBody === undefined ? (fuzz.body ? fuzz.body(valid) : valid) : undefined;
  const before = await fingerprint(dataDir);
  const answer = await callApi({
    method,
    path: route,
    params: fuzz.params ? fuzz.params(target) : target,
    query: fuzz.query,
    headers: { ...(await bearer(world, cell.actor)), ...fuzz.headers },
    body,
    rawBody: fuzz.rawBody,
  });
  requests += 1;
  const where = `${key} as ${cell.actor}, ${fuzz.label}: ${answer.status} ${excerpt(answer.text)}`;
  if (answer.status >= 500) return where;
  const request = `${route} ${JSON.stringify(fuzz.params?.(target) ?? {})} ${fuzz.query ?? ""} ${describeInput(fuzz, body)}`;
  const leak = leakIn(answer.text, request, answer.status >= 400);
  if (leak) return `${where} — shows ${leak}`;
  if (answer.status >= 400) {
    if (answer.contentType !== "application/problem+json") return `${where} — not problem+json`;
    const changed = await changedTables(before, await fingerprint(dataDir));
    if (changed.length > 0) return `${where} — refused, but wrote to ${changed.join(", ")}`;
    pool.giveBack(rule.target, cell, target);
  }
  return null;
}

describe("fuzzing every /api/v1 operation", () => {
  const fuzzed = OPERATIONS.filter((op) => API_ACCESS[op.key]).map((op) => ({
    key: op.key,
    // A write with a body but no JSON schema takes multipart (the CV upload).
    cases: apiCases(op.operation, Boolean(API_ACCESS[op.key]!.body) && !op.operation.requestBody),
  }));

  it.each(fuzzed.filter(({ cases }) => cases.length > 0).map(({ key, cases }) => [key, cases] as const))(
    "%s: no 5xx, no leak, nothing written when refused",
    async (key, cases) => {
      const failures: string[] = [];
      for (const fuzz of cases) {
        const failure = await runCase(key, fuzz);
        if (failure) failures.push(failure);
      }
      expect(failures).toEqual([]);
    },
  );
});

describe("requests that no route answers", () => {
  it("answers methods Next cannot handle (TRACE…) with a 405 before Next sees them", async () => {
    // The guard scripts/start.ts preloads into the server; here around a plain Node server.
    createRequire(import.meta.url)("../../scripts/http-guard.cjs");
    let reached = 0;
    const server = createServer((_, response) => {
      reached += 1;
      response.end("reached");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const send = (method: string) =>
      new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
        const request = httpRequest({ host: "127.0.0.1", port, method, path: "/api/v1/offers" }, (response) => {
          let body = "";
          response.on("data", (chunk: Buffer) => (body += chunk.toString()));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"] ?? "", body }),
          );
        });
        request.on("error", reject);
        request.end();
      });
    try {
      for (const method of ["TRACE", "PROPFIND", "MKCOL"]) {
        const answer = await send(method);
        expect(answer, method).toMatchObject({ status: 405, type: "application/problem+json" });
        expect(leakIn(answer.body, method)).toBeNull();
      }
      // Methods Node's parser does not know never reach any code of ours: a bare 400.
      for (const method of ["TRACK", "FOO"]) expect((await send(method)).status, method).toBe(400);
      expect(reached).toBe(0);
      expect((await send("GET")).status).toBe(200);
    } finally {
      server.close();
    }
  });

  it("refuses a server action posted from another site with a 403, and lets our own pages post", async () => {
    const post = (origin: string) =>
      proxy(
        new NextRequest("http://localhost:3000/sign-in", {
          method: "POST",
          headers: {
            host: "localhost:3000",
            "next-action": "0123456789abcdef",
            "content-type": "text/plain",
            origin,
          },
          body: "[]",
        }),
      );
    for (const origin of ["https://evil.example", "null", "http://localhost:3000.evil.example", "::not a url"]) {
      const response = post(origin);
      expect(response.status, origin).toBe(403);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    expect(post("http://localhost:3000").status).toBe(200);
  });
});

describe("the checks the fuzz relies on", () => {
  it("the leak check sees a stack trace, a database error and a server path, not an echo of the input", () => {
    expect(leakIn("TypeError: x\n    at handler (/work/main/app/route.ts:3:1)", "")).not.toBeNull();
    expect(leakIn('{"title":"invalid byte sequence for encoding \\"UTF8\\": 0x00"}', "")).not.toBeNull();
    expect(leakIn('{"title":"Invalid `prisma.offer.findFirst()` invocation"}', "")).not.toBeNull();
    expect(leakIn('{"city":"\' OR 1=1; SELECT 1"}', "' OR 1=1; SELECT 1")).toBeNull();
  });

  it("the fingerprint sees a single changed column", async () => {
    const before = await fingerprint(dataDir);
    await db.offer.update({ where: { id: world.C.draftOfferId }, data: { city: "Lille" } });
    expect(await changedTables(before, await fingerprint(dataDir))).toEqual(["Offer"]);
  });
});

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { API_ACCESS } from "./access-matrix";
import { callApi, OPERATIONS, pathParams } from "./api-call";
import { changedTables, fingerprint } from "./fingerprint";
import { targetPool } from "./target-pool";
import { cellsOf, describeCell, expectation, type Cell } from "./targets";
import { bearer, buildWorld, type World } from "./world";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));
// Workflows would write after the answer, into the next cell's "nothing changed" check.
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

const dataDir = mkdtempSync(path.join(tmpdir(), "access-matrix-"));
process.env.DATA_DIR = dataDir;

let world: World;
let pool: ReturnType<typeof targetPool>;
let cells = 0;

beforeAll(async () => {
  world = await buildWorld();
  pool = targetPool(world);
});

afterAll(() => {
  console.info(`access matrix of /api/v1: ${cells} cells (operation × actor × own/other)`);
});

const excerpt = (text: string) => text.slice(0, 160);

/** Runs one cell; returns what went wrong, or null. */
async function runCell(key: string, cell: Cell): Promise<string | null> {
  const [method, route] = key.split(" ") as [string, string];
  const rule = API_ACCESS[key]!;
  await db.rateLimit.deleteMany();
  const target = await pool.take(rule.target, cell);
  const missing = pathParams(route).filter((name) => target[name] === undefined);
  if (missing.length > 0) return `target "${rule.target}" gives no ${missing.join(", ")}: choose another target`;
  const body = rule.body ? await rule.body({ world, target, actor: cell.actor }) : undefined;
  const expected = expectation(rule, cell);
  // Refusals change nothing; neither does any GET, allowed or not (safe methods stay safe).
  const before = expected.allowed && method !== "GET" ? null : await fingerprint(dataDir);
  const answer = await callApi({ method, path: route, params: target, headers: await bearer(world, cell.actor), body });
  const who = describeCell(cell);
  if (expected.allowed) {
    const success = rule.allowedStatus
      ? answer.status === rule.allowedStatus
      : answer.status >= 200 && answer.status < 300;
    if (!success) return `${who}: allowed, but got ${answer.status} ${excerpt(answer.text)}`;
    if (!before) return null;
    const changed = await changedTables(before, await fingerprint(dataDir));
    if (changed.length > 0) return `${who}: a GET wrote to ${changed.join(", ")}`;
    pool.giveBack(rule.target, cell, target);
    return null;
  }
  if (expected.refusal === undefined)
    return `${who}: refused with ${answer.status}, and the matrix declares no refusal`;
  if (answer.status !== expected.refusal)
    return `${who}: expected ${expected.refusal}, got ${answer.status} ${excerpt(answer.text)}`;
  if (answer.contentType !== "application/problem+json") return `${who}: the refusal is not problem+json`;
  const changed = await changedTables(before!, await fingerprint(dataDir));
  if (changed.length > 0) return `${who}: refused, but wrote to ${changed.join(", ")}`;
  pool.giveBack(rule.target, cell, target);
  return null;
}

describe("the access matrix of /api/v1", () => {
  it("declares every documented operation, and only those", () => {
    const undeclared = OPERATIONS.filter((op) => !API_ACCESS[op.key]).map((op) => op.key);
    expect(
      undeclared,
      `Declare these in tests/security/access-matrix.ts: { target, allowed | own/other, refused, body }`,
    ).toEqual([]);
    const stale = Object.keys(API_ACCESS).filter((key) => !OPERATIONS.some((op) => op.key === key));
    expect(stale, "Entries of tests/security/access-matrix.ts that no route serves").toEqual([]);
  });

  it("gives every write with a JSON body a minimal valid body", () => {
    const bodiless = OPERATIONS.filter((op) => op.operation.requestBody && !API_ACCESS[op.key]?.body).map(
      (op) => op.key,
    );
    expect(bodiless, "Add `body` to these entries of tests/security/access-matrix.ts (see bodies.ts)").toEqual([]);
  });

  it.each(OPERATIONS.filter((op) => API_ACCESS[op.key]).map((op) => [op.key]))("%s", async (key) => {
    const failures: string[] = [];
    for (const cell of cellsOf(API_ACCESS[key]!.target)) {
      cells += 1;
      const failure = await runCell(key, cell);
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  });
});

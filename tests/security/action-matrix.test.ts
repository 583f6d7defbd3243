import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { loadActions, type Action } from "./action-call";
import { ACTION_ACCESS } from "./action-matrix";
import { changedTables, fingerprint } from "./fingerprint";
import { session } from "./session-mock";
import { targetPool } from "./target-pool";
import { cellsOf, describeCell, expectation, type Cell } from "./targets";
import { buildWorld, type World } from "./world";

vi.mock("@/lib/identity/current-actor", async (importOriginal) => {
  const { mockedCurrentActor } = await import("./session-mock");
  return mockedCurrentActor(await importOriginal());
});
vi.mock("@/lib/identity/next-auth", async () => (await import("./session-mock")).mockedNextAuth());
vi.mock("next/headers", async (importOriginal) =>
  (await import("./session-mock")).mockedHeaders(await importOriginal()),
);
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
}));
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

const dataDir = mkdtempSync(path.join(tmpdir(), "action-matrix-"));
process.env.DATA_DIR = dataDir;

let world: World;
let pool: ReturnType<typeof targetPool>;
let actions: Map<string, Action>;
let cells = 0;

beforeAll(async () => {
  world = await buildWorld();
  pool = targetPool(world);
  actions = new Map((await loadActions()).map(({ key, action }) => [key, action]));
});

afterAll(() => {
  console.info(`access matrix of the server actions: ${cells} cells (action × actor × own/other)`);
});

async function runCell(key: string, cell: Cell): Promise<string | null> {
  const rule = ACTION_ACCESS[key]!;
  await db.rateLimit.deleteMany();
  const target = await pool.take(rule.target, cell);
  const input = await rule.input({ world, target, actor: cell.actor });
  const expected = expectation(rule, cell);
  const before = expected.allowed ? null : await fingerprint(dataDir);
  session.userId = cell.actor === "anonymous" ? null : world.users[cell.actor].id;
  const result = await actions.get(key)!(input);
  session.userId = null;
  if (result.ok) await rule.after?.({ world, target, actor: cell.actor });
  const who = describeCell(cell);
  if (expected.allowed) return result.ok ? null : `${who}: allowed, but got ${JSON.stringify(result.error)}`;
  if (result.ok) return `${who}: expected ${expected.refusal}, but the action succeeded`;
  if (result.error.code !== expected.refusal)
    return `${who}: expected ${expected.refusal}, got ${JSON.stringify(result.error)}`;
  const changed = await changedTables(before!, await fingerprint(dataDir));
  if (changed.length > 0) return `${who}: refused, but wrote to ${changed.join(", ")}`;
  pool.giveBack(rule.target, cell, target);
  return null;
}

describe("the access matrix of the server actions", () => {
  it("declares every exported server action, and only those", () => {
    const undeclared = [...actions.keys()].filter((key) => !ACTION_ACCESS[key]);
    expect(
      undeclared,
      "Declare these in tests/security/action-matrix.ts: { target, own/other, refused, input }",
    ).toEqual([]);
    const stale = Object.keys(ACTION_ACCESS).filter((key) => !actions.has(key));
    expect(stale, "Entries of tests/security/action-matrix.ts that no module exports").toEqual([]);
  });

  it.each(Object.keys(ACTION_ACCESS).map((key) => [key]))(
    "%s",
    async (key) => {
      if (!actions.has(key)) return; // reported by the test above
      const failures: string[] = [];
      for (const cell of cellsOf(ACTION_ACCESS[key]!.target)) {
        cells += 1;
        const failure = await runCell(key, cell);
        if (failure) failures.push(failure);
      }
      expect(failures).toEqual([]);
      // A row on fresh agreements being signed renders each one's PDF (decision 0013): more than the default.
    },
    120_000,
  );
});

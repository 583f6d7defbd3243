import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { loadActions, type Action } from "./action-call";
import { ACTION_ACCESS } from "./action-matrix";
import { changedTables, fingerprint } from "./fingerprint";
import { actionCases, allowedCell, type ActionCase } from "./fuzz-cases";
import { SEED } from "./fuzz-values";
import { leakIn } from "./leaks";
import { session } from "./session-mock";
import { targetPool } from "./target-pool";
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

const dataDir = mkdtempSync(path.join(tmpdir(), "action-fuzz-"));
process.env.DATA_DIR = dataDir;

let world: World;
let pool: ReturnType<typeof targetPool>;
let actions: Map<string, Action>;
let calls = 0;

beforeAll(async () => {
  world = await buildWorld();
  pool = targetPool(world);
  actions = new Map((await loadActions()).map(({ key, action }) => [key, action]));
});

afterAll(() => {
  console.info(`fuzz of the server actions: ${calls} calls (seed ${SEED})`);
});

/** The input as text, to tell an echo of it from a leak (a 20,000-deep array has none). */
const shown = (value: unknown) => {
  if (value instanceof FormData) return [...value.values()].map((v) => (typeof v === "string" ? v : v.name)).join(" ");
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return "";
  }
};

/**
 * Runs one fuzzed call as an allowed user. In Next, an action that throws is a 500: it must
 * always answer an ActionResult, never the INTERNAL code, and change nothing when it refuses.
 */
async function runCase(key: string, fuzz: ActionCase): Promise<string | null> {
  const rule = ACTION_ACCESS[key]!;
  const cell = allowedCell(rule);
  await db.rateLimit.deleteMany();
  const target = await pool.take(rule.target, cell);
  const input = fuzz.input(await rule.input({ world, target, actor: cell.actor }));
  const before = await fingerprint(dataDir);
  session.userId = cell.actor === "anonymous" ? null : world.users[cell.actor].id;
  calls += 1;
  const where = `${key} as ${cell.actor}, ${fuzz.label}`;
  try {
    const result = await actions.get(key)!(input);
    if (result.ok) return null;
    const error = JSON.stringify(result.error);
    if (result.error.code === "INTERNAL") return `${where}: INTERNAL ${error}`;
    const leak = leakIn(error, shown(input));
    if (leak) return `${where}: shows ${leak} in ${error}`;
    const changed = await changedTables(before, await fingerprint(dataDir));
    if (changed.length > 0) return `${where}: refused (${result.error.code}), but wrote to ${changed.join(", ")}`;
    pool.giveBack(rule.target, cell, target);
    return null;
  } catch (error) {
    return `${where}: threw ${String(error).slice(0, 200)}`;
  } finally {
    session.userId = null;
  }
}

describe("fuzzing every server action", () => {
  it.each(Object.keys(ACTION_ACCESS).map((key) => [key]))(
    "%s: never INTERNAL nor thrown, no leak, nothing written when refused",
    async (key) => {
      if (!actions.has(key)) return; // action-matrix.test.ts reports it
      const rule = ACTION_ACCESS[key]!;
      const cell = allowedCell(rule);
      // The row this input names is not called on: the first case takes it.
      const target = await pool.take(rule.target, cell);
      const valid = await rule.input({ world, target, actor: cell.actor });
      pool.giveBack(rule.target, cell, target);
      const failures: string[] = [];
      for (const fuzz of actionCases(valid)) {
        const failure = await runCase(key, fuzz);
        if (failure) failures.push(failure);
      }
      expect(failures).toEqual([]);
    },
  );
});

/**
 * Measures `npm start` from nothing to a served page: a first start (new embedded database,
 * migrations, demo seed) and a warm start (existing data). Needs a production build first.
 *   npm run build && npm run bench:start
 * Targets on the 2-core reference machine: first start < 60 s, warm start < 15 s.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../lib/embedded-postgres";

if (!existsSync(".next/BUILD_ID")) {
  console.error("Run `npm run build` first.");
  process.exit(1);
}

async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child = spawn("npx", ["tsx", "scripts/start.ts", "start"], { env, stdio: "ignore", detached: true });
  try {
    for (;;) {
      const ok = await fetch(`http://localhost:${port}/sign-in`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return (performance.now() - started) / 1000;
      if (performance.now() - started > 180_000) throw new Error("the app did not answer within 180 s");
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    process.kill(-child.pid!, "SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), "stagiaire-bench-"));
// Run as root, PostgreSQL runs as its own user, which must be able to enter this folder.
chmodSync(dataDir, 0o755);
try {
  const first = await timeStart(dataDir);
  const warm = await timeStart(dataDir);
  const row = (label: string, seconds: number, target: number) =>
    `${label.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s   target < ${target} s   ${(seconds / target).toFixed(2)} of target  ${seconds < target ? "OK" : "SLOW"}`;
  console.log(row("first start", first, 60));
  console.log(row("warm start", warm, 15));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

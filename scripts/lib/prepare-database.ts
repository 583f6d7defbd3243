import path from "node:path";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { migrate } from "./migrate";

export type PreparedDatabase = { url: string; embedded?: EmbeddedDatabase; seeded: boolean };

/**
 * DATABASE_URL when set; otherwise a persistent embedded PostgreSQL under DATA_DIR/postgres.
 * Then the committed migrations, and the demo data on a database without users.
 */
export async function prepareDatabase(dataDir: string, seed: boolean): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dir: path.join(dataDir, "postgres"),
      port: await freePort(),
      persistent: true,
    });
    await embedded.createDatabase("stagiaire");
    process.env.DATABASE_URL = embedded.url("stagiaire");
  }
  const url = process.env.DATABASE_URL;
  await migrate(url);

  let seeded = false;
  if (seed) {
    const { db, disconnectDb } = await import("../../lib/core/db");
    if ((await db.user.count()) === 0) {
      const { seedDemoData } = await import("../../prisma/seed");
      await seedDemoData(db);
      seeded = true;
    }
    await disconnectDb();
  }
  return { url, embedded, seeded };
}

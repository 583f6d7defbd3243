import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrate } from "../../scripts/lib/migrate";
import { generateSecrets } from "../../scripts/lib/secrets";

export const TEMPLATE_DATABASE = "stagiaire_template";

declare module "vitest" {
  export interface ProvidedContext {
    postgresBaseUrl: string;
    testSecrets: ReturnType<typeof generateSecrets>;
  }
}

/** One embedded PostgreSQL for the run, with a migrated template that each test file clones. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "stagiaire-test-pg-"));
  const db = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false, quiet: true });
  await db.createDatabase(TEMPLATE_DATABASE);
  await migrate(db.url(TEMPLATE_DATABASE));
  project.provide("postgresBaseUrl", db.url("postgres"));
  project.provide("testSecrets", generateSecrets());
  return async () => {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * Starts the search benchmark's embedded database (the one `bench:search:data` filled, under
 * /tmp/stagiaire-search-bench) and keeps it running until interrupted, printing its URL: for a
 * production build to serve it (`bench:search:api`, `bench:load`) or for EXPLAIN ANALYZE by hand.
 *   npx tsx scripts/bench/serve-bench-database.ts
 */
import { benchDatabase } from "./bench-database";

const database = await benchDatabase();
console.log(`DATABASE_URL=${database.url}`);
const stop = async () => {
  await database.stop();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
setInterval(() => {}, 60_000);

import { freePort, startEmbeddedPostgres } from "./lib/embedded-postgres";
const db = await startEmbeddedPostgres({ dir: ".data/postgres", port: 54399, persistent: true });
console.log(db.url("stagiaire"));
await new Promise((r) => setTimeout(r, 60000));
await db.stop();

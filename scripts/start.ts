/**
 * `npm run dev` / `npm start`: runs the app with its embedded defaults and no configuration.
 * Secrets are generated on the first start, the database is an embedded PostgreSQL unless
 * DATABASE_URL is set, migrations are applied and demo data seeded, then Next.js starts on PORT.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { DatabaseStartError } from "./lib/database-start-error";
import { prepareDatabase } from "./lib/prepare-database";
import { applyLocalSecrets } from "./lib/secrets";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.DATA_DIR ?? ".data";
const startedAt = Date.now();

if (mode === "start" && !existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}

applyLocalSecrets(dataDir);
process.env.APP_URL ||= `http://localhost:${port}`;
process.env.AUTH_TRUST_HOST ||= "true";
// Demo accounts share a published password: seed them by default only into the embedded database.
process.env.SEED_DEMO_DATA ||= process.env.DATABASE_URL ? "false" : "true";

const database = await prepareDatabase(dataDir, process.env.SEED_DEMO_DATA === "true").catch((error: unknown) => {
  if (!(error instanceof DatabaseStartError)) throw error;
  console.error(`\n  ${error.message}\n`);
  process.exit(1);
});
const { DEMO_ACCOUNTS } = await import("../prisma/seed");

const next = spawn(path.resolve("node_modules/.bin/next"), [mode, "--port", String(port)], {
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    NODE_ENV: mode === "dev" ? "development" : "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.resolve("scripts/http-guard.cjs")}`.trim(),
  },
});

// The dev mailbox is open in development only, unless DEV_MAILBOX opens it (lib/core/env.ts).
const mailboxLine =
  mode === "dev" || process.env.DEV_MAILBOX
    ? `Mailbox (captured e-mails): ${process.env.APP_URL}/dev/mailbox`
    : "Mailbox: closed outside development (set DEV_MAILBOX=open or admin to read captured e-mails)";

console.log(`
  Stagiaire is starting on ${process.env.APP_URL}   (${mode}, database ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)
  Database: ${database.embedded ? `embedded PostgreSQL in ${shown(database.embedded.dir)}` : "DATABASE_URL"}${database.seeded ? " — demo data seeded" : ""}
${database.embedded?.notes.map((note) => `            ${note}\n`).join("") ?? ""}  ${mailboxLine}

  Demo accounts (password for all: ${DEMO_ACCOUNTS[0]?.password}):
${DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(22)} ${a.email}${a.totpSecret ? `   TOTP secret ${a.totpSecret} (current code: npm run demo:code)` : ""}`).join("\n")}
`);

/** A folder as the user would type it: relative inside the project, absolute elsewhere. */
function shown(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative.startsWith("..") ? dir : relative;
}

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill("SIGTERM");
  await database.embedded?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
next.on("exit", (code) => void stop(code ?? 0));

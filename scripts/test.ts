/**
 * `npm test`: every test. Lint and format check first (ESLint with zero warnings, Prettier), then unit
 * and integration tests (vitest, real embedded Postgres), then the production build and the
 * Playwright journeys in Debian's Chromium against it.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

function run(title: string, command: string, args: string[]) {
  console.log(`\n=== ${title}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error(`\n${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

run("Lint and format", "npm", ["run", "--silent", "lint"]);
run("Unit and integration tests", "npx", ["vitest", "run"]);
run("Production build", "npx", ["next", "build"]);
rmSync(".data/e2e", { recursive: true, force: true });
run("End-to-end tests", "npx", ["playwright", "test"]);

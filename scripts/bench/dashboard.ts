/**
 * Time of the university dashboard (every figure, computed in SQL) over 50,000 students and 200,000
 * applications, unfiltered and with each filter, and of the enterprise dashboard of a busy enterprise.
 *   npx tsx scripts/bench/dashboard.ts [rounds]     # default 15 rounds of each case
 * Uses DATABASE_URL, else its own persistent embedded database under /tmp/stagiaire-dashboard-bench
 * (generated on the first run, about a minute). The domain functions are called in-process (validation,
 * authorisation, Prisma, the SQL); the API adds JSON encoding only.
 * Target on the 2-core reference machine: p95 < 500 ms.
 */
import { chmodSync, mkdirSync } from "node:fs";
import pg from "pg";
import { connectionFields } from "../../lib/core/database-url";
import { freePort, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { migrate } from "../lib/migrate";
import { generateSecrets } from "../lib/secrets";
import { generateDashboardWorld, SIZE, UNIVERSITY_ID } from "./dashboard-data";

const ROUNDS = Number(process.argv[2] ?? 15);
const DIR = "/tmp/stagiaire-dashboard-bench";
const TARGET_MS = 500;

let stop = async () => {};
if (!process.env.DATABASE_URL) {
  mkdirSync(DIR, { recursive: true });
  chmodSync(DIR, 0o755);
  const cluster = await startEmbeddedPostgres({
    dir: `${DIR}/postgres`,
    port: await freePort(),
    persistent: true,
    quiet: true,
  });
  await cluster.createDatabase("dashboard");
  process.env.DATABASE_URL = cluster.url("dashboard");
  stop = () => cluster.stop();
}
const url = process.env.DATABASE_URL!;
await migrate(url);
Object.assign(process.env, generateSecrets(), { LOG_LEVEL: "warn", NODE_ENV: "production" });

const pool = new pg.Pool({ ...connectionFields(url), max: 2 });
const { rows: existing } = await pool.query(`select count(*)::int as n from "Student" where "universityId" = $1`, [
  UNIVERSITY_ID,
]);
if (existing[0].n === 0) {
  const started = performance.now();
  console.info(`Generating ${SIZE.students} students and ${SIZE.applications} applications…`);
  await generateDashboardWorld(pool);
  console.info(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const { rows: counts } = await pool.query(`select
  (select count(*) from "Student")::int as students, (select count(*) from "Application")::int as applications,
  (select count(*) from "ApplicationStatusChange")::int as history, (select count(*) from "Agreement")::int as agreements,
  (select count(*) from "Internship")::int as internships, (select count(*) from "InternshipEvaluation")::int as evaluations`);
console.info("World:", counts[0]);
const { rows: busy } = await pool.query(`select o."enterpriseId" as id, count(*)::int as n from "Application" a
  join "Offer" o on o.id = a."offerId" group by 1 order by 2 desc limit 1`);
await pool.end();

const { getUniversityDashboard } = await import("../../lib/reports/get-university-dashboard");
const { getEnterpriseDashboard } = await import("../../lib/reports/get-enterprise-dashboard");
const { disconnectDb } = await import("../../lib/core/db");
type Actor = import("../../lib/identity/actor").Actor;
const base = {
  email: "bench@bench.test",
  name: "Bench",
  locale: "fr",
  emailVerified: true,
  studentId: null,
  totpEnabled: false,
  sessionId: null,
};
const admin: Actor = {
  ...base,
  userId: "bench-admin",
  role: "UNIVERSITY_ADMIN",
  enterprise: null,
  university: { id: UNIVERSITY_ID, staffId: "bench-staff" },
};
const member: Actor = {
  ...base,
  userId: "bench-member",
  role: "ENTERPRISE",
  university: null,
  enterprise: { id: busy[0].id, memberRole: "ADMIN", verified: true },
};

const cases: [string, () => Promise<unknown>][] = [
  ["university, no filter", () => getUniversityDashboard(admin, UNIVERSITY_ID, {})],
  ["university, program", () => getUniversityDashboard(admin, UNIVERSITY_ID, { program: "bp3" })],
  ["university, department", () => getUniversityDashboard(admin, UNIVERSITY_ID, { department: "bd1" })],
  ["university, year", () => getUniversityDashboard(admin, UNIVERSITY_ID, { year: "2" })],
  [`enterprise (${busy[0].n} applications)`, () => getEnterpriseDashboard(member, busy[0].id, {})],
];

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
let worst = 0;
for (const [name, run] of cases) {
  await run(); // warm-up: connections, plans, caches
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p95 = quantile(times, 0.95);
  worst = Math.max(worst, p95);
  console.info(
    `${name.padEnd(36)} median ${quantile(times, 0.5).toFixed(0).padStart(5)} ms   p95 ${p95.toFixed(0).padStart(5)} ms   (${ROUNDS} runs)`,
  );
}
console.info(
  `Target p95 < ${TARGET_MS} ms: ${worst < TARGET_MS ? "met" : "MISSED"} (worst p95 ${worst.toFixed(0)} ms)`,
);
await disconnectDb();
await stop();

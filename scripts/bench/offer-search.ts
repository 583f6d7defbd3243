/**
 * Server-side latency of GET /api/v1/offers/search over 30 fixed queries (selective and common
 * words, typos, facets, deep pages), and of the same SQL statements run directly through pg.
 *   npx tsx scripts/bench/generate-offers.ts      # once: 100,000 offers (about a minute)
 *   npx tsx scripts/bench/offer-search.ts [rounds] # default 10 rounds of the 30 queries
 * Uses DATABASE_URL, else the embedded database the generator left under /tmp/stagiaire-search-bench.
 * The route handler is called in-process with a Request (validation, Prisma, JSON included).
 * "cold" clears the one-minute cache of counts before every call, so every call counts its facets,
 * exactly like the SQL run; "warm" is the normal behaviour, where paging and repeated searches
 * reuse the counts and only the page of results is read (compared with that statement alone).
 * Targets on the 2-core reference machine: p95 ≤ 50 ms, the API within 1.5× of the raw SQL.
 */
import pg from "pg";
import { connectionFields } from "../../lib/core/database-url";
import { generateSecrets } from "../lib/secrets";
import { benchDatabase } from "./bench-database";
import { benchQueries } from "./offer-search-queries";

const ROUNDS = Number(process.argv[2] ?? 10);
const database = await benchDatabase();
Object.assign(process.env, generateSecrets(), { LOG_LEVEL: "warn", NODE_ENV: "production" });

const { GET } = await import("../../app/api/v1/offers/search/route");
const { kickRelay } = await import("../../inngest/dispatch");
const { disconnectDb } = await import("../../lib/core/db");
const { planSearch } = await import("../../lib/offers/search-offers");
const { offerSearchSchema, searchInput } = await import("../../lib/offers/search-schema");
const { forgetSearchSummaries } = await import("../../lib/offers/search-summary-cache");

const pool = new pg.Pool({ ...connectionFields(database.url), max: 4 });
type Statement = { text: string; values: unknown[] };

async function runSql(settings: Statement, statement: Statement): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query(settings.text, settings.values);
    await client.query(statement.text, statement.values);
    await client.query("commit");
  } finally {
    client.release();
  }
}

async function callApi(url: string): Promise<number> {
  const started = performance.now();
  const response = await GET(new Request(`http://bench.local/api/v1/offers/search?${url}`), {
    params: Promise.resolve({}),
  });
  await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  await kickRelay(); // the outbox relay the wrapper starts after each answer: outside the timing
  return elapsed;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const queries = await benchQueries(pool);
const { rows } = await pool.query(`select count(*)::int as offers from "Offer"`);
console.log(`${rows[0].offers} offers; ${queries.length} queries × ${ROUNDS} rounds\n`);

const samples = new Map<string, Record<"apiCold" | "sqlFull" | "apiWarm" | "sqlItems", number[]>>();
const perQuery = new Map<string, { cold: number[]; warm: number[] }>();
for (let round = 0; round < ROUNDS; round++) {
  for (const { family, url } of queries) {
    const plan = planSearch(
      await offerSearchSchema.validate(searchInput(new URLSearchParams(url)), { stripUnknown: true }),
    );
    const s = samples.get(family) ?? { apiCold: [], sqlFull: [], apiWarm: [], sqlItems: [] };
    samples.set(family, s);
    forgetSearchSummaries();
    s.apiCold.push(await callApi(url));
    s.sqlFull.push(
      await time(() => Promise.all([plan.items, ...plan.summary].map((statement) => runSql(plan.settings, statement)))),
    );
    s.apiWarm.push(await callApi(url)); // the counts of the cold call are reused, as in normal use
    s.sqlItems.push(await time(() => runSql(plan.settings, plan.items)));
    const mine = perQuery.get(url) ?? { cold: [], warm: [] };
    perQuery.set(url, mine);
    mine.cold.push(s.apiCold.at(-1)!);
    mine.warm.push(s.apiWarm.at(-1)!);
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const cell = (values: number[]) =>
  `${percentile(values, 50).toFixed(1).padStart(6)} ${percentile(values, 95).toFixed(1).padStart(6)}`;
const ratio = (a: number[], b: number[]) => (percentile(a, 95) / percentile(b, 95)).toFixed(2).padStart(5);
console.log(
  `${"family".padEnd(10)} ${"API cold".padStart(13)} ${"SQL full".padStart(13)} ratio  ${"API warm".padStart(13)} ${"SQL page".padStart(13)} ratio`,
);
console.log(
  `${"".padEnd(10)} ${"p50    p95".padStart(13)} ${"p50    p95".padStart(13)}        ${"p50    p95".padStart(13)} ${"p50    p95".padStart(13)}`,
);
const all = { apiCold: [] as number[], sqlFull: [] as number[], apiWarm: [] as number[], sqlItems: [] as number[] };
for (const [family, s] of [...samples, ["overall", all] as const]) {
  if (family !== "overall") for (const key of Object.keys(all) as (keyof typeof all)[]) all[key].push(...s[key]);
  console.log(
    `${family.padEnd(10)} ${cell(s.apiCold)} ${cell(s.sqlFull)} ${ratio(s.apiCold, s.sqlFull)}  ${cell(s.apiWarm)} ${cell(s.sqlItems)} ${ratio(s.apiWarm, s.sqlItems)}`,
  );
}
console.log("\nms; ratio = API p95 / SQL p95. Targets: p95 ≤ 50 ms, ratio ≤ 1.5.");
if (process.env.BENCH_VERBOSE) {
  console.log("\nper query (API p50 cold / warm, ms):");
  for (const [url, { cold, warm }] of perQuery)
    console.log(`${cell(cold)} ${cell(warm)}  ${decodeURIComponent(url).slice(0, 90)}`);
}

await pool.end();
await disconnectDb();
await database.stop();

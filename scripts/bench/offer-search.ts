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
const { EXACT_COUNT_LIMIT, planSearch, sampleSlots } = await import("../../lib/offers/search-offers");
const { prepareWords } = await import("../../lib/offers/search-words");
const { searchWords } = await import("../../lib/offers/search-sql");
const { offerSearchSchema, searchInput } = await import("../../lib/offers/search-schema");
const { forgetSearchSummaries } = await import("../../lib/offers/search-summary-cache");

const pool = new pg.Pool({ ...connectionFields(database.url), max: 4 });
type Statement = { text: string; values: unknown[] };

async function runSql(statement: Statement): Promise<Record<string, unknown>[]> {
  return (await pool.query(statement.text, statement.values)).rows;
}

/** The statements searchOffers runs, through pg: the page beside the counts (sample first when the table is large). */
async function searchSql(plan: ReturnType<typeof planSearch>): Promise<void> {
  const counts = async () => {
    const slots = await sampleSlots(EXACT_COUNT_LIMIT);
    if (slots < 1024) {
      const sampled = await Promise.all(plan.sampledSummary(slots).map(runSql));
      const read = Number(sampled[0]!.find((row) => row.facet === "total")?.value ?? 0);
      if ((read * 1024) / slots > EXACT_COUNT_LIMIT) return;
    }
    await Promise.all(plan.summary.map(runSql));
  };
  await Promise.all([runSql(plan.items), counts()]);
}

/** What the last answer to each query said: its total, whether estimated, and the corrected words. */
const answers = new Map<string, string>();

async function callApi(url: string): Promise<number> {
  const started = performance.now();
  const response = await GET(new Request(`http://bench.local/api/v1/offers/search?${url}`), {
    params: Promise.resolve({}),
  });
  const text = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  const body = JSON.parse(text) as { total: number; totalIsApproximate: boolean; correctedQuery: string | null };
  answers.set(
    url,
    `${body.totalIsApproximate ? "≈" : "="}${body.total}${body.correctedQuery ? ` → ${body.correctedQuery}` : ""}`,
  );
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
    const query = await offerSearchSchema.validate(searchInput(new URLSearchParams(url)), { stripUnknown: true });
    const { words, parsed } = await prepareWords(searchWords(query.q));
    const plan = planSearch(query, { words, parsed });
    const s = samples.get(family) ?? { apiCold: [], sqlFull: [], apiWarm: [], sqlItems: [] };
    samples.set(family, s);
    forgetSearchSummaries();
    s.apiCold.push(await callApi(url));
    s.sqlFull.push(await time(() => searchSql(plan)));
    s.apiWarm.push(await callApi(url)); // the counts of the cold call are reused, as in normal use
    s.sqlItems.push(await time(() => runSql(plan.items)));
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
console.log(
  "\nms; ratio = API p95 / SQL p95. Target (issue 17): p95 ≤ 20 ms cold at 100,000 offers, ≤ 50 ms at 1,000,000.",
);
if (process.env.BENCH_VERBOSE) {
  console.log("\nper query (API cold p50 p95 / warm p50 p95, ms; = exact or ≈ estimated total, → corrected words):");
  for (const [url, { cold, warm }] of perQuery)
    console.log(`${cell(cold)} ${cell(warm)}  ${answers.get(url)!.padEnd(24)} ${decodeURIComponent(url).slice(0, 70)}`);
}

await pool.end();
await disconnectDb();
await database.stop();

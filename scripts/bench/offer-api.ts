/**
 * Throughput of the JSON API against a bare node:http + pg server answering the same questions,
 * side by side with the same connections and duration (autocannon):
 *   GET /api/v1/offers/{id}         vs  one SQL statement reading the same offer, skills and enterprise
 *   GET /api/v1/offers/search?q=…   vs  the search's own statements (planSearch) run through pg
 * The API must already run from a production build against the benchmark's database, e.g.
 *   DATABASE_URL=… AUTH_SECRET=… npx next start -p 3350
 *   DATABASE_URL=… API_URL=http://127.0.0.1:3350 npx tsx scripts/bench/offer-api.ts [seconds] [connections]
 * Prints requests/s, latency percentiles, errors, the API's share of the bare figure, and the
 * API's own server-timing (where its time goes). Target (issue 17): the API ≥ 30% of bare.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg } from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { connectionFields } from "../../lib/core/database-url";
import { generateSecrets } from "../lib/secrets";

const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = Number(process.argv[3] ?? 10);
const API = process.env.API_URL ?? "http://127.0.0.1:3350";
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL: the database the API serves");
Object.assign(process.env, generateSecrets(), { LOG_LEVEL: "warn" });

const { planSearch } = await import("../../lib/offers/search-offers");
const { prepareWords } = await import("../../lib/offers/search-words");
const { offerSearchSchema, searchInput } = await import("../../lib/offers/search-schema");
const { searchWords } = await import("../../lib/offers/search-sql");

const pool = new pg.Pool({ ...connectionFields(url), max: 10 });
const OFFER_SQL = `select o.id, o.title, o.description, o.missions, o.field, o.city, o.country, o."remoteMode",
    o."durationWeeks", o."startFrom", o."startTo", o."stipendAmountMinor", o."stipendCurrency", o."stipendPeriod",
    o.deadline, o.status, o."publishedAt", o."updatedAt", o.languages, o."educationLevel", o.benefits, o.positions,
    json_build_object('id', e.id, 'name', e.name, 'slug', e.slug, 'logoUrl', e."logoUrl") as enterprise,
    array(select s.name::text from "OfferSkill" os join "Skill" s on s.id = os."skillId" where os."offerId" = o.id order by s.name) as skills
  from "Offer" o join "Enterprise" e on e.id = o."enterpriseId"
  where o.id = $1 and o.status = 'PUBLISHED' and (o.deadline is null or o.deadline >= (now() at time zone 'utc')::date)`;

/** The bare server: no framework, no ORM, no session; the same rows. */
const bare = createServer((request, response) => void answer(request, response));
async function answer(request: IncomingMessage, response: ServerResponse) {
  try {
    const target = new URL(request.url ?? "/", "http://bare");
    let body: unknown;
    if (target.pathname === "/search") {
      const query = await offerSearchSchema.validate(searchInput(target.searchParams), { stripUnknown: true });
      const { words, parsed } = await prepareWords(searchWords(query.q));
      const plan = planSearch(query, { words, parsed });
      const [items, ...counts] = await Promise.all(
        [plan.items, ...plan.sampledSummary(40)].map((s) => pool.query(s.text, s.values)),
      );
      body = { items: items!.rows, counts: counts.flatMap((c) => c.rows) };
    } else {
      const { rows } = await pool.query(OFFER_SQL, [target.pathname.split("/").pop()]);
      body = rows[0];
    }
    response.writeHead(body ? 200 : 404, { "content-type": "application/json" }).end(JSON.stringify(body ?? {}));
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
}
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
const BARE = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

const { rows } = await pool.query(
  `select id from "Offer" where status = 'PUBLISHED' and (deadline is null or deadline >= (now() at time zone 'utc')::date) order by "publishedAt" desc limit 1`,
);
const id = rows[0].id as string;

type Figures = { rps: number; p50: number; p97_5: number; p99: number; errors: number; non2xx: number };
async function load(target: string): Promise<Figures> {
  // A fresh server compiles and loads its route modules on first use: warm both sides first.
  await autocannon({ url: target, connections: CONNECTIONS, amount: 20 * CONNECTIONS });
  const result = await autocannon({ url: target, connections: CONNECTIONS, duration: SECONDS });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The API's own server-timing over a few sequential calls: its time apart from the network. */
async function serverTiming(target: string): Promise<string> {
  const values: number[] = [];
  for (let i = 0; i < 20; i++) {
    const response = await fetch(target);
    await response.arrayBuffer();
    const match = /dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
    if (match) values.push(Number(match[1]));
  }
  values.sort((a, b) => a - b);
  return values.length ? `server-timing p50 ${values[Math.floor(values.length / 2)]} ms` : "no server-timing";
}

const row = (name: string, f: Figures) =>
  `${name.padEnd(26)} ${f.rps.toFixed(0).padStart(7)} ${String(f.p50).padStart(6)} ${String(f.p97_5).padStart(6)} ${String(f.p99).padStart(6)} ${String(f.errors + f.non2xx).padStart(6)}`;
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(
  `${CONNECTIONS} connections, ${SECONDS} s each (after a warm-up); ${API} against a bare node:http + pg server; ` +
    `${cpus().length} CPUs, load average ${loadAverage()}\n`,
);
console.log(
  `${"".padEnd(26)} ${"req/s".padStart(7)} ${"p50".padStart(6)} ${"p97.5".padStart(6)} ${"p99".padStart(6)} ${"errors".padStart(6)}`,
);
for (const [name, apiPath, barePath] of [
  ["GET /offers/{id}", `/api/v1/offers/${id}`, `/offers/${id}`],
  ["GET /offers/search?q=python", `/api/v1/offers/search?q=python`, `/search?q=python`],
] as const) {
  const bareFigures = await load(`${BARE}${barePath}`);
  const apiFigures = await load(`${API}${apiPath}`);
  console.log(row(`bare ${name}`, bareFigures));
  console.log(row(`API  ${name}`, apiFigures));
  console.log(
    `  API / bare: ${((100 * apiFigures.rps) / bareFigures.rps).toFixed(0)}% of the throughput; ${await serverTiming(`${API}${apiPath}`)}\n`,
  );
}
console.log(`load average at the end: ${loadAverage()}`);
bare.close();
await pool.end();
process.exit(0);

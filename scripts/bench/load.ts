/**
 * 100 concurrent users on a production build: each user loops over a weighted mix of pages and
 * API calls (home, search page with and without facets, offer pages, sign-in, a signed-in
 * student's dashboard, the search and offer API, the search field's suggestions) with no pause,
 * for the given duration. Prints throughput, p50/p95/p99 per route and overall, errors, 5xx and
 * 503s (a saturated pool must answer 503 with Retry-After, never 500), with the load average.
 *   npx tsx scripts/bench/serve-bench-database.ts          # the 100,000-offer database, or any
 *   DATABASE_URL=… npx next start -p 3350                  # a production build serving it
 *   DATABASE_URL=… BASE_URL=http://127.0.0.1:3350 npx tsx scripts/bench/load.ts [seconds] [users]
 * DATABASE_URL is read for offer ids and to create the student the dashboard is read as
 * (`load-student@bench.stagiaire.test`). Target (issue 17): < 0.1% errors, no 500.
 */
import http from "node:http";
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { connectionFields } from "../../lib/core/database-url";
import { hashPassword } from "../../lib/identity/password";

const SECONDS = Number(process.argv[2] ?? 300);
const USERS = Number(process.argv[3] ?? 100);
const BASE = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3350");
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL: the database the app serves");

const pool = new pg.Pool({ ...connectionFields(url), max: 2 });
const agent = new http.Agent({ keepAlive: true, maxSockets: USERS });

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      { host: BASE.hostname, port: BASE.port, path, method: options.method ?? "GET", headers: options.headers, agent },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error("timeout after 30 s")));
    request.on("error", reject);
    request.end(options.body);
  });
}
const cookiesOf = (answer: Answer) => (answer.headers["set-cookie"] ?? []).map((line) => line.split(";")[0]!);

/** A student of the benchmark, signed in through Auth.js's credentials callback: its session cookie. */
async function studentCookie(): Promise<string> {
  const email = "load-student@bench.stagiaire.test";
  const password = "Load-bench-password-2026";
  const { rows } = await pool.query(`select id from "User" where email = $1`, [email]);
  if (rows.length === 0) {
    const { rows: made } = await pool.query(
      `insert into "User" (id, email, name, role, "passwordHash", "emailVerified", "updatedAt")
       values (gen_random_uuid()::text, $1, 'Load Student', 'STUDENT', $2, now(), now()) returning id`,
      [email, await hashPassword(password)],
    );
    await pool.query(`insert into "Student" (id, "userId", "updatedAt") values (gen_random_uuid()::text, $1, now())`, [
      made[0].id,
    ]);
  }
  const csrf = await send("/api/auth/csrf");
  const jar = cookiesOf(csrf);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const signedIn = await send("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }).toString(),
  });
  const session = cookiesOf(signedIn).find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`sign-in failed: HTTP ${signedIn.status} ${signedIn.headers.location ?? ""}`);
  return session;
}

const { rows: offers } = await pool.query<{ id: string }>(
  `select id from "Offer" where status = 'PUBLISHED' and (deadline is null or deadline >= (now() at time zone 'utc')::date)
   order by "searchSample", id limit 200`,
);
const cookie = await studentCookie();
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
const WORDS = [
  "python",
  "data",
  "marketing",
  "développeur",
  "devloper",
  "lyon",
  "react",
  "juriste",
  "design",
  "pyhton",
];
const PREFIXES = ["de", "dev", "devl", "pyt", "pyh", "mark", "lyo", "jur", "kub", "ing"];
const FACETS = ["remote=REMOTE", "city=Paris", "field=Data+science", "duration=17to24", "skills=python"];

/** The routes, each with its weight in the mix and the request a user sends. */
const ROUTES: { name: string; weight: number; path: () => string; headers?: Record<string, string> }[] = [
  { name: "GET / (home)", weight: 8, path: () => "/" },
  { name: "GET /offers", weight: 6, path: () => "/offers" },
  {
    name: "GET /offers?q=…&facet",
    weight: 10,
    path: () => `/offers?q=${encodeURIComponent(pick(WORDS))}&${pick(FACETS)}`,
  },
  { name: "GET /offers/{id}", weight: 14, path: () => `/offers/${pick(offers).id}` },
  { name: "GET /sign-in", weight: 5, path: () => "/sign-in" },
  { name: "GET /dashboard (student)", weight: 7, path: () => "/dashboard", headers: { cookie } },
  {
    name: "GET /api/v1/offers/search",
    weight: 16,
    path: () => `/api/v1/offers/search?q=${encodeURIComponent(pick(WORDS))}&${pick(FACETS)}`,
  },
  { name: "GET /api/v1/offers/{id}", weight: 14, path: () => `/api/v1/offers/${pick(offers).id}` },
  { name: "GET /api/v1/offers/suggest", weight: 20, path: () => `/api/v1/offers/suggest?q=${pick(PREFIXES)}` },
];
const totalWeight = ROUTES.reduce((sum, route) => sum + route.weight, 0);
const chooseRoute = () => {
  let r = Math.random() * totalWeight;
  return ROUTES.find((route) => (r -= route.weight) < 0) ?? ROUTES[0]!;
};

type Stats = { times: number[]; statuses: Map<number, number>; failures: number; retryAfter: number };
const stats = new Map(
  ROUTES.map((route) => [route.name, { times: [], statuses: new Map(), failures: 0, retryAfter: 0 } as Stats]),
);
const firstErrors: string[] = [];

async function user(until: number) {
  while (performance.now() < until) {
    const route = chooseRoute();
    const s = stats.get(route.name)!;
    const path = route.path();
    const started = performance.now();
    try {
      const answer = await send(path, { headers: route.headers });
      s.times.push(performance.now() - started);
      s.statuses.set(answer.status, (s.statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 503 && answer.headers["retry-after"]) s.retryAfter += 1;
      if (answer.status >= 400 && firstErrors.length < 10)
        firstErrors.push(`${answer.status} ${path} ${answer.body.slice(0, 160).replace(/\s+/g, " ")}`);
    } catch (error) {
      s.failures += 1;
      if (firstErrors.length < 10) firstErrors.push(`${path}: ${String(error)}`);
    }
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

// A short warm-up (route modules load on first use), then the measured run.
const warmUntil = performance.now() + 10_000;
await Promise.all(Array.from({ length: 10 }, () => user(warmUntil)));
for (const s of stats.values()) Object.assign(s, { times: [], statuses: new Map(), failures: 0, retryAfter: 0 });
firstErrors.length = 0;

console.log(`${USERS} users for ${SECONDS} s against ${BASE.origin}; ${cpus().length} CPUs, load average ${load()}\n`);
const started = performance.now();
await Promise.all(Array.from({ length: USERS }, () => user(started + SECONDS * 1000)));
const elapsed = (performance.now() - started) / 1000;

const header = `${"route".padEnd(28)} ${"requests".padStart(8)} ${"req/s".padStart(7)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)}  errors  5xx  503  statuses`;
console.log(header);
const all: number[] = [];
let requests = 0;
let errors = 0;
let serverErrors = 0;
let unavailable = 0;
for (const [name, s] of stats) {
  const sorted = [...s.times].sort((a, b) => a - b);
  all.push(...sorted);
  const count = s.times.length + s.failures;
  const bad = s.failures + [...s.statuses].filter(([status]) => status >= 400).reduce((sum, [, n]) => sum + n, 0);
  const fives = [...s.statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
  const threes = s.statuses.get(503) ?? 0;
  requests += count;
  errors += bad;
  serverErrors += fives - threes;
  unavailable += threes;
  console.log(
    `${name.padEnd(28)} ${String(count).padStart(8)} ${(count / elapsed).toFixed(1).padStart(7)} ${percentile(sorted, 50).toFixed(0).padStart(7)} ${percentile(sorted, 95).toFixed(0).padStart(7)} ${percentile(sorted, 99).toFixed(0).padStart(7)}  ${String(bad).padStart(6)} ${String(fives - threes).padStart(4)} ${String(threes).padStart(4)}  ${[...s.statuses].map(([status, n]) => `${status}×${n}`).join(" ")}`,
  );
}
all.sort((a, b) => a - b);
console.log(
  `${"all".padEnd(28)} ${String(requests).padStart(8)} ${(requests / elapsed).toFixed(1).padStart(7)} ${percentile(all, 50).toFixed(0).padStart(7)} ${percentile(all, 95).toFixed(0).padStart(7)} ${percentile(all, 99).toFixed(0).padStart(7)}  ${String(errors).padStart(6)} ${String(serverErrors).padStart(4)} ${String(unavailable).padStart(4)}`,
);
console.log(
  `\nms. errors ${((100 * errors) / Math.max(1, requests)).toFixed(3)}% (target < 0.1%), 500s: ${serverErrors} (target 0), ` +
    `503s with Retry-After: ${[...stats.values()].reduce((sum, s) => sum + s.retryAfter, 0)}; load average at the end ${load()}`,
);
if (firstErrors.length) console.log(`first errors:\n  ${firstErrors.join("\n  ")}`);
await pool.end();
agent.destroy();

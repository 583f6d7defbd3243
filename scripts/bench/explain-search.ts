import pg from "pg";
import { connectionFields } from "../../lib/core/database-url";
import { generateSecrets } from "../lib/secrets";
Object.assign(process.env, generateSecrets(), { LOG_LEVEL: "warn", NODE_ENV: "production" });
const { planSearch, sampleSlots, EXACT_COUNT_LIMIT } = await import("../../lib/offers/search-offers");
const { prepareWords } = await import("../../lib/offers/search-words");
const { searchWords } = await import("../../lib/offers/search-sql");
const { offerSearchSchema, searchInput } = await import("../../lib/offers/search-schema");
const pool = new pg.Pool({ ...connectionFields(process.env.DATABASE_URL!), max: 2 });
const url = process.argv[2] ?? "q=kubernetes";
const which = process.argv[3] ?? "all";
const query = await offerSearchSchema.validate(searchInput(new URLSearchParams(url)), { stripUnknown: true });
const { words, parsed } = await prepareWords(searchWords(query.q));
const plan = planSearch(query, { words, parsed });
const slots = await sampleSlots(EXACT_COUNT_LIMIT);
console.log("words", words, "parsed", parsed, "slots", slots);
const statements: [string, { text: string; values: unknown[] }][] = [
  ["items", plan.items],
  ...plan.sampledSummary(slots).map((s, i) => [`sampled${i}`, s] as [string, typeof s]),
  ...plan.summary.map((s, i) => [`exact${i}`, s] as [string, typeof s]),
];
for (const [name, s] of statements) {
  if (which !== "all" && !name.startsWith(which)) continue;
  const { rows } = await pool.query(
    `explain (analyze, buffers${process.argv[4] ? "" : ", costs off"}) ${s.text}`,
    s.values,
  );
  const lines = rows.map((r) => r["QUERY PLAN"]);
  console.log(
    `\n=== ${name}\n` +
      (process.env.FULL
        ? lines.join("\n")
        : lines
            .filter((l) => /Scan|Execution|Planning|rows=|Sort|Aggregate|Join|Loop/.test(l))
            .slice(0, 60)
            .join("\n")),
  );
}
await pool.end();
process.exit(0);

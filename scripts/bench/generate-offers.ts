/**
 * Fills a database with 100,000 varied offers (300 enterprises, 2,000 students) for the search
 * benchmark. Deterministic apart from ids and dates (relative to now); re-running replaces the
 * previous benchmark rows (enterprises `bench-*`, users `@bench.stagiaire.test`) and nothing else.
 *   npx tsx scripts/bench/generate-offers.ts [count]        # default 100000, about a minute
 * Target: DATABASE_URL when set, else a persistent embedded PostgreSQL under /tmp/stagiaire-search-bench
 * (kept for scripts/bench/offer-search.ts).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { connectionFields } from "../../lib/core/database-url";
import { toMinorUnits } from "../../lib/core/money";
import { offerSearchDocumentSql } from "../../lib/offers/refresh-offer-search";
import { searchWordsSql } from "../../lib/offers/search-words";
import { CLOSINGS, OFFERS, SKILLS, offerVariant } from "../../prisma/seed-data";
import { benchDatabase } from "./bench-database";
import {
  EXTRA_SENTENCES,
  EXTRA_SKILLS,
  OTHER_FIELDS,
  PLACES,
  SECTORS,
  TITLE_SUFFIXES,
  enterpriseNames,
} from "./offer-variety";

const COUNT = Number(process.argv[2] ?? 100_000);
const BATCH = 5_000;
const DAY = 86_400_000;

// A seeded generator (mulberry32), so every run produces the same offers.
let seed = 20_261_121;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const placeWeights = PLACES.reduce<number[]>((acc, [, , , w]) => [...acc, (acc.at(-1) ?? 0) + w], []);
const pickPlace = () => {
  const r = random() * placeWeights.at(-1)!;
  return PLACES[placeWeights.findIndex((w) => r < w)]!;
};

/** Inserts rows column by column through unnest(): one statement per batch, no per-row round trip. */
async function insertColumns(
  client: pg.Client,
  table: string,
  columns: Record<string, [type: string, values: unknown[]]>,
) {
  const names = Object.keys(columns);
  const selects = names.map((name, i) => `unnest($${i + 1}::text[])::${columns[name]![0]}`);
  await client.query(
    `insert into "${table}" (${names.map((n) => `"${n}"`).join(", ")}) select ${selects.join(", ")}`,
    names.map((name) =>
      columns[name]![1].map((v) =>
        v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v),
      ),
    ),
  );
}

const started = performance.now();
const database = await benchDatabase();
const client = new pg.Client(connectionFields(database.url));
await client.connect();
try {
  await client.query(`delete from "Enterprise" where slug like 'bench-%'`);
  await client.query(`delete from "User" where email like '%@bench.stagiaire.test'`);

  const skillNames = [...SKILLS, ...EXTRA_SKILLS];
  await client.query(
    `insert into "Skill" (id, name) select gen_random_uuid()::text, unnest($1::citext[]) on conflict do nothing`,
    [skillNames],
  );
  const skillIds = new Map(
    (await client.query(`select id, name::text from "Skill"`)).rows.map((r) => [r.name.toLowerCase(), r.id as string]),
  );

  const now = new Date();
  const enterprises = enterpriseNames().map((name, i) => ({ id: randomUUID(), name, slug: `bench-${i}` }));
  await insertColumns(client, "Enterprise", {
    id: ["text", enterprises.map((e) => e.id)],
    name: ["text", enterprises.map((e) => e.name)],
    slug: ["text", enterprises.map((e) => e.slug)],
    sector: ["text", enterprises.map(() => pick(SECTORS))],
    verificationStatus: ['"VerificationStatus"', enterprises.map(() => "VERIFIED")],
    updatedAt: ["timestamptz", enterprises.map(() => now)],
  });

  const userIds = Array.from({ length: 2_000 }, () => randomUUID());
  await insertColumns(client, "User", {
    id: ["text", userIds],
    email: ["citext", userIds.map((_, i) => `student${i + 1}@bench.stagiaire.test`)],
    name: ["text", userIds.map((_, i) => `Student ${i + 1}`)],
    role: ['"Role"', userIds.map(() => "STUDENT")],
    updatedAt: ["timestamptz", userIds.map(() => now)],
  });
  await insertColumns(client, "Student", {
    id: ["text", userIds.map(() => randomUUID())],
    userId: ["text", userIds],
    city: ["text", userIds.map(() => pickPlace()[0])],
    updatedAt: ["timestamptz", userIds.map(() => now)],
  });

  for (let from = 0; from < COUNT; from += BATCH) {
    const offers = Array.from({ length: Math.min(BATCH, COUNT - from) }, makeOffer);
    await insertColumns(client, "Offer", {
      id: ["text", offers.map((o) => o.id)],
      enterpriseId: ["text", offers.map(() => pick(enterprises).id)],
      ...Object.fromEntries(
        (["title", "description", "missions", "field", "city", "country", "educationLevel", "benefits"] as const).map(
          (c) => [c, ["text", offers.map((o) => o[c])]],
        ),
      ),
      stipendCurrency: ['"Currency"', offers.map((o) => o.stipendCurrency)],
      remoteMode: ['"RemoteMode"', offers.map((o) => o.remoteMode)],
      stipendPeriod: ['"StipendPeriod"', offers.map((o) => o.stipendPeriod)],
      status: ['"OfferStatus"', offers.map((o) => o.status)],
      durationWeeks: ["int", offers.map((o) => o.durationWeeks)],
      stipendAmountMinor: ["int", offers.map((o) => toMinorUnits(o.stipendAmount, o.stipendCurrency))],
      positions: ["int", offers.map((o) => o.positions)],
      languages: ["text[]", offers.map((o) => `{${o.languages.join(",")}}`)],
      ...Object.fromEntries(
        (["startFrom", "startTo", "deadline"] as const).map((c) => [c, ["date", offers.map((o) => o[c])]]),
      ),
      ...Object.fromEntries(
        (["publishedAt", "createdAt", "updatedAt"] as const).map((c) => [c, ["timestamptz", offers.map((o) => o[c])]]),
      ),
    });
    const links = offers.flatMap((o) => o.skills.map((name) => [o.id, skillIds.get(name.toLowerCase())!]));
    await client.query(
      `insert into "OfferSkill" ("offerId", "skillId") select * from unnest($1::text[], $2::text[]) on conflict do nothing`,
      [links.map((l) => l[0]), links.map((l) => l[1])],
    );
    const document = offerSearchDocumentSql(offers.map((o) => o.id));
    await client.query(document.text, document.values);
    const words = searchWordsSql(offers.map((o) => o.id));
    await client.query(words.text, words.values);
    process.stdout.write(`\r${from + offers.length} offers`);
  }
  // The bulk rewrite of the search columns left a dead copy of every row: compact, as steady use would.
  await client.query(`vacuum full "Offer"`);
  await client.query(`vacuum analyze "Offer", "OfferSkill", "Enterprise", "Skill"`);
  const { rows } = await client.query(
    `select count(*)::int as offers, count(*) filter (where status = 'PUBLISHED' and (deadline is null or deadline >= (now() at time zone 'utc')::date))::int as visible from "Offer"`,
  );
  console.log(
    `\n${rows[0].offers} offers (${rows[0].visible} visible) in ${((performance.now() - started) / 1000).toFixed(1)} s on ${database.url}`,
  );
} finally {
  await client.end();
  await database.stop();
}

/** One offer: a demo template (or a field the templates lack), moved to another place and time. */
function makeOffer() {
  const template = OFFERS[Math.floor(random() * OFFERS.length)]!;
  const other = random() < 0.12 ? pick(OTHER_FIELDS) : null;
  const lang = other ? (random() < 0.6 ? "fr" : "en") : template.lang;
  const [city, country, currency] =
    random() < 0.3 ? (PLACES.find(([c]) => c === template.city) ?? pickPlace()) : pickPlace();
  const { startMonth, ...variant } = offerVariant(template, Math.floor(random() * 60));
  const publishedAt = new Date(Date.now() - Math.floor(random() * 100 * DAY));
  const roll = random();
  const status = roll < 0.78 ? "PUBLISHED" : roll < 0.86 ? "EXPIRED" : roll < 0.92 ? "CLOSED" : "DRAFT";
  // Some published offers have a past deadline the expiry sweep has not reached yet: still hidden.
  const deadline = random() < 0.15 ? null : new Date(publishedAt.getTime() + (30 + Math.floor(random() * 120)) * DAY);
  const startFrom = new Date(
    Date.UTC(
      new Date().getUTCFullYear(),
      new Date().getUTCMonth() + 1 + Math.floor(random() * 9) + (startMonth % 2),
      1,
    ),
  );
  const extraSkills = random() < 0.6 ? [pick(EXTRA_SKILLS), ...(random() < 0.4 ? [pick(EXTRA_SKILLS)] : [])] : [];
  const roll2 = random();
  return {
    id: randomUUID(),
    title: (other ? other[lang === "fr" ? 1 : 2] : template.title) + pick(TITLE_SUFFIXES[lang]),
    description: [
      other ? pick(EXTRA_SENTENCES[lang]) : template.summary,
      pick(EXTRA_SENTENCES[lang]),
      pick(EXTRA_SENTENCES[lang]),
      pick(CLOSINGS[lang]),
    ].join(" "),
    missions: other ? null : template.missions.map((m) => `- ${m}`).join("\n"),
    field: other ? other[0] : template.field,
    city,
    country,
    ...variant,
    remoteMode: random() < 0.2 ? pick(["ON_SITE", "HYBRID", "REMOTE"] as const) : variant.remoteMode,
    stipendCurrency: currency,
    stipendPeriod: roll2 < 0.92 ? "MONTH" : roll2 < 0.97 ? "WEEK" : "TOTAL",
    stipendAmount:
      variant.stipendAmount === null
        ? null
        : roll2 < 0.92
          ? variant.stipendAmount
          : roll2 < 0.97
            ? Math.round(variant.stipendAmount / 4.33)
            : variant.stipendAmount * 4,
    educationLevel: template.level,
    benefits: null,
    positions: 1 + Math.floor(random() * 3),
    skills: [...new Set([...(other ? other[3] : template.skills), ...extraSkills])],
    status,
    startFrom,
    startTo: new Date(startFrom.getTime() + 45 * DAY),
    deadline,
    publishedAt: status === "DRAFT" ? null : publishedAt,
    createdAt: publishedAt,
    updatedAt: publishedAt,
  };
}

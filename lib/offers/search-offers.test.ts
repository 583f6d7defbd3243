import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { searchOffers } from "./search-offers";
import { daysFromNow, fixtureEnterprise, fixtureOffers } from "./search-test-fixtures";
import { fieldCodes } from "@/tests/helpers/field-codes";

const ids = async (input: Record<string, unknown>) => (await searchOffers(input)).items.map((item) => item.id);
const counts = (values: { value: string; count: number }[]) =>
  Object.fromEntries(values.map((v) => [v.value, v.count]));

describe("matching words", () => {
  let enterprise: string;
  let developer: string;
  let data: string;
  beforeAll(async () => {
    enterprise = (await fixtureEnterprise()).id;
    [developer, data] = await fixtureOffers(enterprise, [
      { title: "Stage Développeur·se full-stack TypeScript", skills: ["TypeScript"] },
      {
        title: "Data Analyst Intern",
        field: "Data science",
        description: "Build dashboards with the data team of a large retailer.",
      },
    ]);
  });

  it("ignores accents and case", async () => {
    for (const q of ["developpeur", "DÉVELOPPEUR", "Développeur"])
      expect(await ids({ q, enterprise })).toEqual([developer]);
    expect(await ids({ q: "DATA", enterprise })).toEqual([data]);
    expect(await ids({ q: "analyste données", enterprise })).toEqual([]);
  });

  it("still finds a title with a typo in the words", async () => {
    expect(await ids({ q: "developeur", enterprise })).toEqual([developer]);
    expect(await ids({ q: "typscript", enterprise })).toEqual([developer]);
  });

  it("takes any typed text without failing, and treats words every offer has as none", async () => {
    for (const q of ['"', "-", "!!", "a:b & c", "(x | y", "l'", "ça"])
      expect((await searchOffers({ q, enterprise })).items).toBeInstanceOf(Array);
    expect((await searchOffers({ q: "Stage internship", enterprise })).total).toBe(2);
  });

  it("finds offers by skill and by enterprise name", async () => {
    const named = (await fixtureEnterprise("Pyrénées Robotique")).id;
    const [robot] = await fixtureOffers(named, [{ title: "Stage automatisme", skills: ["Kubernetes"] }]);
    expect(await ids({ q: "kubernetes", enterprise: named })).toEqual([robot]);
    expect(await ids({ q: "pyrenees robotique" })).toContain(robot);
  });
});

describe("what the search never shows", () => {
  it("leaves out offers past their deadline, expired, closed or drafts, in results and in counts", async () => {
    const enterprise = (await fixtureEnterprise()).id;
    const [open] = await fixtureOffers(enterprise, [
      { title: "Stage Zéphyr ouvert", city: "Nantes" },
      { title: "Stage Zéphyr dont la date est passée", city: "Brest", deadline: daysFromNow(-1) },
      { title: "Stage Zéphyr expiré", city: "Brest", status: "EXPIRED" },
      { title: "Stage Zéphyr fermé", city: "Brest", status: "CLOSED" },
      { title: "Stage Zéphyr brouillon", city: "Brest", status: "DRAFT", publishedAt: null },
    ]);
    for (const input of [{ q: "zephyr" }, { enterprise }, { enterprise, sort: "deadline" }]) {
      const result = await searchOffers(input);
      expect(result.items.map((item) => item.id)).toEqual([open]);
      expect(result.total).toBe(1);
      expect(counts(result.facets.city)).toEqual({ Nantes: 1 });
    }
  });
});

describe("facet counts", () => {
  // Four open offers and a closed one, all with the word "quokka"; the counts below are by hand.
  beforeAll(async () => {
    const enterprise = (await fixtureEnterprise()).id;
    await fixtureOffers(enterprise, [
      {
        title: "Quokka backend",
        city: "Lyon",
        remoteMode: "HYBRID",
        durationWeeks: 24,
        stipendAmount: 1000,
        skills: ["Python", "SQL"],
        startFrom: new Date("2027-02-01"),
      },
      {
        title: "Quokka data",
        city: "Lyon",
        remoteMode: "REMOTE",
        field: "Data science",
        durationWeeks: 12,
        stipendAmount: 700,
        skills: ["Python"],
      },
      {
        title: "Quokka reporting",
        city: "Paris",
        remoteMode: "HYBRID",
        field: "Data science",
        durationWeeks: 8,
        skills: ["SQL", "Excel"],
      },
      {
        title: "Quokka Java",
        city: "Paris",
        remoteMode: "ON_SITE",
        durationWeeks: 26,
        stipendAmount: 300,
        stipendPeriod: "WEEK",
        skills: ["Java"],
      },
      { title: "Quokka closed", city: "Paris", remoteMode: "HYBRID", status: "CLOSED", skills: ["Python"] },
    ]);
  });

  it("counts every value of the matches when nothing is filtered", async () => {
    const { total, facets } = await searchOffers({ q: "quokka" });
    expect(total).toBe(4);
    expect(counts(facets.city)).toEqual({ Lyon: 2, Paris: 2 });
    expect(counts(facets.remote)).toEqual({ HYBRID: 2, REMOTE: 1, ON_SITE: 1 });
    expect(counts(facets.field)).toEqual({ "Software engineering": 2, "Data science": 2 });
    expect(facets.duration).toEqual([
      { value: "lte8", count: 1 },
      { value: "9to16", count: 1 },
      { value: "17to24", count: 1 },
      { value: "gt24", count: 1 },
    ]);
    // 300 a week is about 1,300 a month.
    expect(counts(facets.stipend)).toEqual({ none: 1, "600to899": 1, "900to1199": 1, gte1200: 1 });
    expect(counts(facets.start)).toEqual({ "2027-02": 1 });
    expect(facets.skills).toEqual([
      { value: "python", count: 2, label: "Python" },
      { value: "sql", count: 2, label: "SQL" },
      { value: "excel", count: 1, label: "Excel" },
      { value: "java", count: 1, label: "Java" },
    ]);
  });

  it("counts each facet under the other filters, not its own", async () => {
    const hybrid = await searchOffers({ q: "quokka", remote: "HYBRID" });
    expect(hybrid.total).toBe(2);
    expect(counts(hybrid.facets.remote)).toEqual({ HYBRID: 2, REMOTE: 1, ON_SITE: 1 });
    expect(counts(hybrid.facets.city)).toEqual({ Lyon: 1, Paris: 1 });
    expect(counts(hybrid.facets.skills)).toEqual({ python: 1, sql: 2, excel: 1 });

    const both = await searchOffers({ q: "quokka", remote: ["HYBRID", "REMOTE"], city: "Paris" });
    expect(both.items.map((item) => item.title)).toEqual(["Quokka reporting"]);
    expect(both.total).toBe(1);
    expect(counts(both.facets.remote)).toEqual({ HYBRID: 1, ON_SITE: 1, REMOTE: 0 });
    expect(counts(both.facets.city)).toEqual({ Lyon: 2, Paris: 1 });
    expect(counts(both.facets.field)).toEqual({ "Data science": 1 });
  });

  it("filters on skills, duration, stipend and start month", async () => {
    const titles = async (input: Record<string, unknown>) =>
      (await searchOffers({ q: "quokka", sort: "newest", ...input })).items.map((i) => i.title);
    expect(await titles({ skills: ["python", "JAVA"] })).toEqual(["Quokka backend", "Quokka data", "Quokka Java"]);
    expect(await titles({ duration: ["lte8", "gt24"] })).toEqual(["Quokka reporting", "Quokka Java"]);
    expect(await titles({ stipend: "none" })).toEqual(["Quokka reporting"]);
    expect(await titles({ start: "2027-02" })).toEqual(["Quokka backend"]);
  });
});

describe("keyset paging", () => {
  let open: string[];
  beforeAll(async () => {
    const enterprise = (await fixtureEnterprise()).id;
    const sameTime = new Date(Date.now() - 3_600_000);
    const sameDeadline = daysFromNow(20);
    // Ties on purpose: equal publication times, equal deadlines, no deadline, equal ranks.
    open = await fixtureOffers(enterprise, [
      { title: "Pangolin un", publishedAt: sameTime, deadline: sameDeadline },
      { title: "Pangolin deux", publishedAt: sameTime, deadline: sameDeadline },
      {
        title: "Stage trois",
        description: "Un projet pangolin parmi d'autres, au sein d'une équipe soudée et exigeante.",
        deadline: null,
      },
      { title: "Pangolin pangolin quatre", deadline: null },
      { title: "Pangolin cinq", publishedAt: sameTime, deadline: daysFromNow(5) },
      { title: "Pangolin six", deadline: sameDeadline },
      { title: "Pangolin sept", deadline: daysFromNow(60) },
    ]);
  });

  it.each(["relevance", "newest", "deadline"])(
    "pages through every match once, in order, sorted by %s",
    async (sort) => {
      const all = await searchOffers({ q: "pangolin", sort, limit: 100 });
      expect(new Set(all.items.map((item) => item.id))).toEqual(new Set(open));
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await searchOffers({ q: "pangolin", sort, limit: 2, ...(cursor ? { cursor } : {}) });
        paged.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(all.items.map((item) => item.id));
    },
  );

  it("orders by deadline with open-ended offers last, and newest first", async () => {
    const byDeadline = (await searchOffers({ q: "pangolin", sort: "deadline" })).items;
    expect(byDeadline.map((item) => item.deadline?.getTime() ?? Infinity)).toEqual(
      byDeadline.map((item) => item.deadline?.getTime() ?? Infinity).sort((a, b) => a - b),
    );
    const newest = (await searchOffers({ q: "pangolin", sort: "newest" })).items.map((item) =>
      item.publishedAt.getTime(),
    );
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
  });
});

describe("invalid queries", () => {
  it.each([
    [{ limit: 0 }, "limit"],
    [{ limit: 1000 }, "limit"],
    [{ sort: "popular" }, "sort"],
    [{ remote: "SOMETIMES" }, "remote.0"],
    [{ cursor: "not-a-cursor" }, "cursor"],
    [{ cursor: Buffer.from(JSON.stringify({ s: "newest", k: ["yesterday", 1] })).toString("base64url") }, "cursor"],
  ])("refuses %j", async (input, field) => {
    const error = await searchOffers(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details.fieldErrors).toHaveProperty([field]);
  });

  it("refuses a cursor made for another sort", async () => {
    const enterprise = (await fixtureEnterprise()).id;
    await fixtureOffers(enterprise, [{ title: "Offre A" }, { title: "Offre B" }]);
    const { nextCursor } = await searchOffers({ enterprise, sort: "newest", limit: 1 });
    const error = await searchOffers({ enterprise, sort: "deadline", cursor: nextCursor }).catch((e: unknown) => e);
    expect(fieldCodes(error as AppError)).toEqual({ cursor: "invalidCursor" });
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { actorOf, offerOf, settleWorkflows, studentWithCv } from "@/tests/helpers/applications";
import { startFixtureSite } from "@/tests/helpers/fixture-site";
import { createUser } from "@/tests/helpers/users";
import { createImportSource } from "./create-import-source";
import { greenhouseBoard, internshipPosting, jobPostingPage, rssFeed, sitemap } from "./fixtures/import-fixtures";
import { queueDueImports } from "./queue-due-imports";
import { requestImportRun } from "./request-import-run";
import { PAUSE_AFTER_FAILURES, runImport } from "./run-import";

// The workflow path reads the switch from the configuration: the fixture site is on 127.0.0.1.
vi.hoisted(() => {
  process.env.IMPORT_ALLOW_PRIVATE_HOSTS = "true";
});

const fast = { backoffMs: 10, perMinute: 60_000, timeoutMs: 2_000 };
let site: Awaited<ReturnType<typeof startFixtureSite>>;
let admin: Awaited<ReturnType<typeof actorOf>>;
let enterpriseId: string;

beforeAll(async () => {
  site = await startFixtureSite({
    "/robots.txt": { body: "User-agent: *\nDisallow: /private/\n", type: "text/plain" },
  });
  admin = await actorOf((await createUser("SYSTEM_ADMIN")).id);
  enterpriseId = (
    await db.enterprise.create({
      data: { name: "Acme Robotics", slug: "acme-robotics", verificationStatus: "VERIFIED" },
    })
  ).id;
  await db.skill.createMany({
    data: [{ name: "React" }, { name: "TypeScript" }, { name: "PostgreSQL" }, { name: "Java" }],
  });
});
afterAll(() => site.close());

const run = async (sourceId: string) => {
  const { runId } = await requestImportRun(admin, sourceId);
  return (await runImport(runId, fast))!;
};

describe("an import run", () => {
  it("imports the internships of a sitemap's JSON-LD pages, skips the rest with why, never fetches a disallowed path", async () => {
    const base = site.base;
    Object.assign(site.routes, {
      "/ld/sitemap.xml": {
        body: sitemap(base, ["/ld/jobs/1", "/ld/jobs/2", "/ld/jobs/3", "/private/4", "/ld/jobs/5"]),
        type: "application/xml",
      },
      "/ld/jobs/1": { body: jobPostingPage(internshipPosting()), headers: { etag: '"j1-v1"' } },
      "/ld/jobs/2": {
        body: jobPostingPage(
          internshipPosting({ title: "Ingénieur React confirmé", employmentType: "FULL_TIME", identifier: "acme-102" }),
        ),
      },
      "/ld/jobs/3": {
        body: `<html><head><script type="application/ld+json">{ "@type": "JobPosting", broken</script></head></html>`,
      },
      "/private/4": { body: jobPostingPage(internshipPosting({ identifier: "acme-104" })) },
      "/ld/jobs/5": {
        body: jobPostingPage(
          internshipPosting({ title: "Stage data - 4 mois", identifier: "acme-105", validThrough: "2020-01-31" }),
        ),
      },
    });
    const source = await createImportSource(admin, {
      name: "Acme careers",
      kind: "JSON_LD",
      url: `${base}/ld/sitemap.xml`,
      enterpriseId,
    });
    const report = await run(source.id);

    expect(report).toMatchObject({ status: "SUCCEEDED", fetched: 3, created: 1, updated: 0, closed: 0 });
    expect(report.skips.map((s) => s.reason).sort()).toEqual(["disallowedByRobots", "expired", "notInternship"]);
    expect(report.errors).toEqual([{ url: `${base}/ld/jobs/3`, reason: "malformedJsonLd" }]);
    expect(site.paths()).not.toContain("/private/4");
    expect(site.requests.find((r) => r.path === "/ld/jobs/1")!.headers["user-agent"]).toMatch(
      /^StagiaireImporter\/1\.0 \(\+http/,
    );

    const offer = await db.offer.findFirstOrThrow({
      where: { importSourceId: source.id },
      include: { skills: { include: { skill: true } } },
    });
    expect(offer).toMatchObject({
      title: "Stage développeur React - 6 mois",
      status: "PUBLISHED",
      source: "IMPORTED",
      externalId: "acme-101",
      externalUrl: `${base}/ld/jobs/1`,
      city: "Paris",
      country: "FR",
      enterpriseId,
      durationWeeks: 26,
      stipendAmountMinor: 120000,
      stipendCurrency: "EUR",
      stipendPeriod: "MONTH",
      field: "Software engineering",
    });
    expect(offer.description).toContain("• Tests");
    expect(offer.description).not.toMatch(/<|alert/);
    expect(offer.skills.map((s) => s.skill.name).sort()).toEqual(["React", "TypeScript"]);
    expect(offer.deadline).not.toBeNull();
  });

  it("answers conditional requests on the next run, updates a changed posting and closes a removed one, telling who saved it", async () => {
    const source = await db.importSource.findFirstOrThrow({ where: { name: "Acme careers" } });
    const offer = await db.offer.findFirstOrThrow({ where: { importSourceId: source.id } });
    const student = await studentWithCv({ locale: "en" });
    await db.favourite.create({ data: { studentId: student.studentId, offerId: offer.id } });

    const before = site.requests.length;
    const again = await run(source.id);
    expect(again).toMatchObject({ status: "SUCCEEDED", created: 0, updated: 0, closed: 0 });
    const page1 = site.requests.slice(before).find((r) => r.path === "/ld/jobs/1")!;
    expect(page1.headers["if-none-match"]).toBe('"j1-v1"');
    expect(await db.offer.count({ where: { importSourceId: source.id } })).toBe(1);

    site.routes["/ld/jobs/1"] = {
      body: jobPostingPage(internshipPosting({ title: "Stage développeur React et Java - 6 mois" })),
      headers: { etag: '"j1-v2"' },
    };
    expect(await run(source.id)).toMatchObject({ updated: 1, created: 0 });
    const updated = await db.offer.findUniqueOrThrow({
      where: { id: offer.id },
      include: { skills: { include: { skill: true } } },
    });
    expect(updated.title).toBe("Stage développeur React et Java - 6 mois");
    expect(updated.skills.map((s) => s.skill.name).sort()).toEqual(["Java", "React", "TypeScript"]);

    site.routes["/ld/jobs/1"] = { status: 410 };
    expect(await run(source.id)).toMatchObject({ closed: 1 });
    expect((await db.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("CLOSED");

    await settleWorkflows();
    const notes = await db.notification.findMany({ where: { userId: student.user.id }, orderBy: { createdAt: "asc" } });
    expect(notes.map((n) => n.title)).toEqual([
      "A saved offer changed: Stage développeur React et Java - 6 mois",
      "A saved offer closed: Stage développeur React et Java - 6 mois",
    ]);
    expect(notes.every((n) => n.type === "savedOffers" && n.link === `/offers/${offer.id}`)).toBe(true);
    const emails = await db.emailMessage.findMany({ where: { to: student.user.email } });
    expect(emails.map((e) => e.subject).sort()).toEqual(notes.map((n) => n.title).sort());

    // The same change delivered again tells nobody twice.
    await run(source.id);
    await settleWorkflows();
    expect(await db.notification.count({ where: { userId: student.user.id } })).toBe(2);
  });

  it("reads a Greenhouse board, keeps the internship, and merges the same posting from a second source", async () => {
    const base = site.base;
    site.routes["/gh/v1/boards/acme/jobs?content=true"] = { body: greenhouseBoard(base), type: "application/json" };
    const board = await createImportSource(admin, {
      name: "Acme on Greenhouse",
      kind: "ATS_FEED",
      atsProvider: "GREENHOUSE",
      url: `${base}/gh/v1/boards/acme/jobs?content=true`,
      enterpriseId,
    });
    expect(await run(board.id)).toMatchObject({ status: "SUCCEEDED", fetched: 2, created: 1, skipped: 1 });
    const offer = await db.offer.findFirstOrThrow({ where: { importSourceId: board.id } });
    expect(offer).toMatchObject({
      title: "Software Engineering Intern",
      city: "Lyon",
      country: "FR",
      externalId: "4001",
    });

    // The same internship on the enterprise's own page: one offer, the second source's item points at it.
    site.routes["/dup/job"] = {
      body: jobPostingPage(
        internshipPosting({
          title: "Software engineering intern",
          identifier: "own-4001",
          jobLocation: { "@type": "Place", address: { addressLocality: "Lyon", addressCountry: "France" } },
        }),
      ),
    };
    const page = await createImportSource(admin, {
      name: "Acme page",
      kind: "JSON_LD",
      url: `${base}/dup/job`,
      enterpriseId,
    });
    const merged = await run(page.id);
    expect(merged).toMatchObject({ created: 0, skipped: 1 });
    expect(merged.skips).toEqual([{ url: `${base}/dup/job`, reason: "duplicateAcrossSources" }]);
    expect(await db.offer.count({ where: { enterpriseId, title: { contains: "ntern", mode: "insensitive" } } })).toBe(
      1,
    );
    expect((await db.importItem.findFirstOrThrow({ where: { sourceId: page.id } })).offerId).toBe(offer.id);
  });

  it("does not duplicate an enterprise's own offer, and a feed without places uses the source's default place", async () => {
    const base = site.base;
    await offerOf(enterpriseId, { title: "Stage marketing digital", city: "Nantes" });
    site.routes["/rss"] = {
      body: rssFeed(base, [
        { guid: "m-1", title: "Stage Marketing Digital", text: "<p>Six mois à Nantes, 6 mois.</p>" },
        { guid: "c-2", title: "Stage contrôle de gestion", text: "<p>Durée : 4 mois. Excel et SQL.</p>" },
        { guid: "x-3", title: "Responsable commercial", text: "CDI" },
      ]),
      type: "application/rss+xml",
    };
    const feed = await createImportSource(admin, {
      name: "Acme RSS",
      kind: "RSS",
      url: `${base}/rss`,
      enterpriseId,
      filters: { defaultCity: "Nantes", defaultCountry: "fr", maxDurationWeeks: 26 },
    });
    const report = await run(feed.id);
    expect(report).toMatchObject({ fetched: 3, created: 1, skipped: 2 });
    expect(report.skips.map((s) => s.reason).sort()).toEqual(["duplicateOfOffer", "notInternship"]);
    expect(await db.offer.findFirstOrThrow({ where: { importSourceId: feed.id } })).toMatchObject({
      title: "Stage contrôle de gestion",
      city: "Nantes",
      country: "FR",
      durationWeeks: 17,
      field: "Finance",
    });
  });

  it("reports a malformed feed without failing the platform, and pauses a source that keeps failing", async () => {
    site.routes["/broken"] = { body: "<html>not a feed</html>" };
    const feed = await createImportSource(admin, { name: "Broken", kind: "RSS", url: `${site.base}/broken` });
    for (let i = 0; i < PAUSE_AFTER_FAILURES; i++) {
      const report = await run(feed.id);
      expect(report).toMatchObject({ status: "FAILED", created: 0 });
      expect(report.errors[0]).toMatchObject({ url: `${site.base}/broken`, reason: "malformedFeed" });
    }
    const paused = await db.importSource.findUniqueOrThrow({ where: { id: feed.id } });
    expect(paused.pausedAt).not.toBeNull();
    expect(await db.outboxEvent.count({ where: { name: "import.source-paused" } })).toBe(1);
    await settleWorkflows();
    const owner = await db.user.findUniqueOrThrow({ where: { id: admin.userId } });
    expect((await db.emailMessage.findMany({ where: { to: owner.email } })).map((e) => e.subject)).toContain(
      "Import suspendu : Broken",
    );
    // A paused source is not scheduled.
    expect(await db.importRun.count({ where: { sourceId: feed.id, trigger: "SCHEDULED" } })).toBe(0);
  });

  it("runs on schedule through the workflow; the schedule repeated, or a run retried after a crash, adds nothing", async () => {
    site.routes["/sched"] = {
      body: jobPostingPage(
        internshipPosting({
          identifier: "sched-1",
          title: "Stage robotique",
          jobLocation: { address: { addressLocality: "Grenoble", addressCountry: "FR" } },
        }),
      ),
    };
    const source = await createImportSource(admin, {
      name: "Scheduled",
      kind: "JSON_LD",
      url: `${site.base}/sched`,
      enterpriseId,
    });
    await db.importSource.updateMany({ where: { id: { not: source.id } }, data: { enabled: false } });
    const now = new Date();
    expect(await queueDueImports(now)).toEqual({ queued: 1 });
    expect(await queueDueImports(now)).toEqual({ queued: 0 });
    await settleWorkflows();
    const [scheduled] = await db.importRun.findMany({ where: { sourceId: source.id } });
    expect(scheduled).toMatchObject({ trigger: "SCHEDULED", status: "SUCCEEDED", created: 1 });

    // A crash mid-run leaves it RUNNING; the retry goes through it again and creates no duplicate.
    await db.importRun.update({ where: { id: scheduled.id }, data: { status: "RUNNING" } });
    expect(await runImport(scheduled.id, fast)).toMatchObject({ status: "SUCCEEDED", created: 0 });
    expect(await db.offer.count({ where: { importSourceId: source.id } })).toBe(1);
    // Due again only after its interval.
    expect(await queueDueImports(new Date(now.getTime() + 60_000))).toEqual({ queued: 0 });
  });
});

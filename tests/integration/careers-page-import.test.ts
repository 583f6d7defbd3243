import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSource, runImportNow, updateSource } from "@/app/(app)/admin/imports/actions";
import { db } from "@/lib/core/db";
import { internshipPosting, jobPostingPage, sitemap } from "@/lib/imports/fixtures/import-fixtures";
import { runImport } from "@/lib/imports/run-import";
import { startFixtureSite } from "@/tests/helpers/fixture-site";
import { createUser } from "@/tests/helpers/users";
import { session } from "@/tests/security/session-mock";

// An enterprise's careers page on the enterprise settings page: the same forms and import as the
// admins', kept to the enterprise. The fixture site is on 127.0.0.1, so private hosts are allowed here.
vi.hoisted(() => {
  process.env.IMPORT_ALLOW_PRIVATE_HOSTS = "true";
});
vi.mock("@/lib/identity/current-actor", async (importOriginal) => {
  const { mockedCurrentActor } = await import("@/tests/security/session-mock");
  return mockedCurrentActor(await importOriginal());
});
vi.mock("@/lib/identity/next-auth", async () => (await import("@/tests/security/session-mock")).mockedNextAuth());
vi.mock("next/headers", async (importOriginal) =>
  (await import("@/tests/security/session-mock")).mockedHeaders(await importOriginal()),
);
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

let site: Awaited<ReturnType<typeof startFixtureSite>>;
beforeAll(async () => {
  site = await startFixtureSite({
    "/robots.txt": { body: "User-agent: *\nDisallow: /internal/\n", type: "text/plain" },
  });
});
afterAll(() => site.close());
beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("an enterprise's careers page", () => {
  it("is set by the enterprise's admin, imported under their enterprise, and its robots.txt obeyed", async () => {
    const admin = await createUser("ENTERPRISE");
    const { enterpriseId } = await db.enterpriseMember.findFirstOrThrow({ where: { userId: admin.id } });
    Object.assign(site.routes, {
      "/careers/sitemap.xml": {
        body: sitemap(site.base, ["/careers/stage-1", "/internal/stage-2"]),
        type: "application/xml",
      },
      "/careers/stage-1": { body: jobPostingPage(internshipPosting({ identifier: "careers-1" })) },
      "/internal/stage-2": {
        body: jobPostingPage(internshipPosting({ identifier: "careers-2", title: "Stage interne" })),
      },
    });

    session.userId = admin.id;
    const input = {
      name: "Notre page carrières",
      kind: "JSON_LD",
      url: `${site.base}/careers/sitemap.xml`,
      intervalMinutes: 1440,
      requestsPerMinute: 30,
      enabled: true,
      filters: {},
    };
    const created = await createSource(input);
    expect(created).toMatchObject({ ok: true, data: { enterpriseId, url: input.url } });
    const sourceId = (created as { data: { id: string } }).data.id;

    const queued = await runImportNow(sourceId);
    expect(queued).toMatchObject({ ok: true });
    const report = await runImport((queued as { data: { runId: string } }).data.runId, {
      backoffMs: 10,
      perMinute: 60_000,
      timeoutMs: 2_000,
    });
    expect(report).toMatchObject({ status: "SUCCEEDED", created: 1 });
    expect(report!.skips.map((skip) => skip.reason)).toEqual(["disallowedByRobots"]);
    expect(site.paths()).not.toContain("/internal/stage-2");
    expect(site.requests.find((r) => r.path === "/careers/stage-1")!.headers["user-agent"]).toMatch(
      /^StagiaireImporter\/1\.0 /,
    );
    const offers = await db.offer.findMany({
      where: { importSourceId: sourceId },
      select: { enterpriseId: true, title: true },
    });
    expect(offers).toEqual([{ enterpriseId, title: "Stage développeur React - 6 mois" }]);

    // Disabled from the card: it stays, and no longer runs on its schedule.
    expect(await updateSource({ sourceId, source: { ...input, enabled: false } })).toMatchObject({
      ok: true,
      data: { enabled: false },
    });
  });
});

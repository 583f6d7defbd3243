import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { createUser } from "@/tests/helpers/users";
import { session } from "@/tests/security/session-mock";
import { createSource, updateSource } from "./actions";

vi.mock("@/lib/identity/current-actor", async (importOriginal) => {
  const { mockedCurrentActor } = await import("@/tests/security/session-mock");
  return mockedCurrentActor(await importOriginal());
});
vi.mock("@/lib/identity/next-auth", async () => (await import("@/tests/security/session-mock")).mockedNextAuth());
vi.mock("next/headers", async (importOriginal) =>
  (await import("@/tests/security/session-mock")).mockedHeaders(await importOriginal()),
);
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
  session.userId = null;
});

let counter = 0;
const source = (overrides: Record<string, unknown> = {}) => ({
  name: "Carrières Acme",
  kind: "JSON_LD",
  atsProvider: null,
  url: `https://careers.acme.example/jobs-${++counter}/sitemap.xml`,
  enterpriseId: null,
  enabled: true,
  intervalMinutes: 1440,
  requestsPerMinute: 30,
  filters: { employmentTypes: ["INTERN"], titleWords: [], maxDurationWeeks: "", defaultCity: "", defaultCountry: "fr" },
  ...overrides,
});
const row = (id: string) =>
  db.importSource.findUniqueOrThrow({
    where: { id },
    select: { url: true, kind: true, atsProvider: true, enterpriseId: true, enabled: true, filters: true, name: true },
  });

describe("the import source forms' actions", () => {
  it("lets a system admin add a source for an enterprise, edit it and disable it", async () => {
    const admin = await createUser("SYSTEM_ADMIN");
    const { id: enterpriseId } = await db.enterprise.create({ data: { name: "Acme", slug: `acme-${Date.now()}` } });
    session.userId = admin.id;
    const created = await createSource(source({ enterpriseId }));
    expect(created).toMatchObject({ ok: true, data: { enterpriseId, enterpriseName: "Acme", enabled: true } });
    const id = (created as { data: { id: string } }).data.id;
    // The form's empty fields are "none", and the country code is kept in capitals.
    expect((await row(id)).filters).toEqual({
      employmentTypes: ["INTERN"],
      titleWords: [],
      maxDurationWeeks: null,
      defaultCity: null,
      defaultCountry: "FR",
    });

    const greenhouse = source({
      name: "Acme sur Greenhouse",
      kind: "ATS_FEED",
      atsProvider: "GREENHOUSE",
      url: "https://boards-api.greenhouse.example/v1/boards/acme/jobs",
      enterpriseId,
    });
    expect(await updateSource({ sourceId: id, source: greenhouse })).toMatchObject({ ok: true });
    expect(await row(id)).toMatchObject({ kind: "ATS_FEED", atsProvider: "GREENHOUSE", name: "Acme sur Greenhouse" });

    expect(await updateSource({ sourceId: id, source: { ...greenhouse, enabled: false } })).toMatchObject({
      ok: true,
      data: { enabled: false },
    });
    expect((await row(id)).enabled).toBe(false);
  });

  it.each([
    ["not an address", { url: "careers page" }, { url: { key: "url" } }],
    ["another protocol", { url: "ftp://careers.acme.example/jobs" }, { url: { key: "url" } }],
    ["credentials in the address", { url: "https://me:secret@careers.acme.example/" }, { url: { key: "url" } }],
    ["a loopback address", { url: "http://127.0.0.1:8080/jobs" }, { url: { key: "importPrivateHost" } }],
    ["this machine by name", { url: "http://localhost/jobs" }, { url: { key: "importPrivateHost" } }],
    ["a private network", { url: "http://192.168.1.20/careers" }, { url: { key: "importPrivateHost" } }],
    ["the cloud metadata address", { url: "http://169.254.169.254/latest" }, { url: { key: "importPrivateHost" } }],
    ["an IPv6 loopback", { url: "http://[::1]/jobs" }, { url: { key: "importPrivateHost" } }],
    ["a job board without its provider", { kind: "ATS_FEED" }, { atsProvider: { key: "required" } }],
    ["an hourly schedule too short", { intervalMinutes: 5 }, { intervalMinutes: { key: "tooSmall" } }],
    ["an unknown enterprise", { enterpriseId: "no-such-enterprise" }, { enterpriseId: { key: "enterpriseUnknown" } }],
  ])("refuses %s with the field's reason, and writes nothing", async (_, overrides, fieldErrors) => {
    const admin = await createUser("SYSTEM_ADMIN");
    session.userId = admin.id;
    const before = await db.importSource.count();
    expect(await createSource(source(overrides))).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors },
    });
    expect(await db.importSource.count()).toBe(before);
  });

  it("keeps an enterprise's admins to their own careers page", async () => {
    const owner = await createUser("ENTERPRISE");
    const other = await createUser("ENTERPRISE");
    const { enterpriseId } = await db.enterpriseMember.findFirstOrThrow({ where: { userId: owner.id } });
    const { enterpriseId: otherEnterpriseId } = await db.enterpriseMember.findFirstOrThrow({
      where: { userId: other.id },
    });

    session.userId = owner.id;
    // The enterprise named in the input is ignored: an enterprise's source is always its own.
    const created = await createSource(source({ enterpriseId: otherEnterpriseId }));
    expect(created).toMatchObject({ ok: true, data: { enterpriseId } });
    const id = (created as { data: { id: string } }).data.id;
    // The same URL twice is one source.
    const again = await createSource(source({ url: (await row(id)).url }));
    expect(again).toMatchObject({ ok: false, error: { code: "CONFLICT", fieldErrors: { url: { key: "duplicate" } } } });

    session.userId = other.id;
    const before = await row(id);
    expect(await updateSource({ sourceId: id, source: source({ enabled: false }) })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await row(id)).toEqual(before);

    // A recruiter of the enterprise (not an admin) manages no source; a student neither.
    const recruiter = await createUser("ENTERPRISE");
    await db.enterpriseMember.updateMany({
      where: { userId: recruiter.id },
      data: { enterpriseId, role: "RECRUITER" },
    });
    session.userId = recruiter.id;
    expect(await createSource(source())).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    session.userId = (await createUser("STUDENT")).id;
    expect(await updateSource({ sourceId: id, source: source() })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    session.userId = null;
    expect(await createSource(source())).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await row(id)).toEqual(before);
  });
});

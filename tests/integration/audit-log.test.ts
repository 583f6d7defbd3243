import { describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/audit/export.csv/route";
import { GET as listRoute } from "@/app/api/v1/audit/route";
import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { actorOf, bearer } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser } from "@/tests/helpers/users";
import { auditDiff } from "@/lib/audit/audit-diff";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const at = (iso: string) => new Date(iso);

/** Two universities, each with an admin, a student and a department; a system admin; entries about each. */
async function world() {
  const [a, b] = await Promise.all([
    db.university.create({ data: { name: "Université A" } }),
    db.university.create({ data: { name: "Université B" } }),
  ]);
  const adminA = await createUser("UNIVERSITY_ADMIN", { universityId: a.id, email: "admin.a@example.test" });
  const adminB = await createUser("UNIVERSITY_ADMIN", { universityId: b.id });
  const studentA = await createUser("STUDENT", { universityId: a.id });
  const studentB = await createUser("STUDENT", { universityId: b.id });
  const supervisorA = await createUser("UNIVERSITY_SUPERVISOR", { universityId: a.id });
  const system = await createUser("SYSTEM_ADMIN", { email: "root@example.test" });
  const deptA = await db.department.create({ data: { universityId: a.id, name: "Informatique" } });
  const deptB = await db.department.create({ data: { universityId: b.id, name: "Chimie" } });
  const enterprise = await createUser("ENTERPRISE");
  const enterpriseId = (await db.enterpriseMember.findFirstOrThrow({ where: { userId: enterprise.id } })).enterpriseId;
  const entries = [
    {
      key: "deptA",
      actorId: adminA.id,
      action: "department.created",
      entity: "Department",
      entityId: deptA.id,
      createdAt: at("2026-01-10T10:00:00Z"),
    },
    {
      key: "deptB",
      actorId: adminB.id,
      action: "department.created",
      entity: "Department",
      entityId: deptB.id,
      createdAt: at("2026-01-11T10:00:00Z"),
    },
    {
      key: "userA",
      actorId: system.id,
      action: "user.disabled",
      entity: "User",
      entityId: studentA.id,
      createdAt: at("2026-02-01T09:00:00Z"),
      before: { disabled: false },
      after: { disabled: true },
    },
    {
      key: "userB",
      actorId: system.id,
      action: "user.disabled",
      entity: "User",
      entityId: studentB.id,
      createdAt: at("2026-02-02T09:00:00Z"),
    },
    {
      key: "uniA",
      actorId: adminA.id,
      action: "staff.invited",
      entity: "University",
      entityId: a.id,
      createdAt: at("2026-03-01T08:00:00Z"),
    },
    {
      key: "enterprise",
      actorId: system.id,
      action: "enterprise.verified",
      entity: "Enterprise",
      entityId: enterpriseId,
      createdAt: at("2026-03-02T08:00:00Z"),
    },
    {
      key: "byStaffA",
      actorId: supervisorA.id,
      action: "password.changed",
      entity: "User",
      entityId: supervisorA.id,
      createdAt: at("2026-03-03T08:00:00Z"),
    },
  ];
  const ids: Record<string, string> = {};
  for (const { key, ...data } of entries) ids[key] = (await db.auditLog.create({ data })).id;
  return { a, b, adminA, adminB, system, studentA, supervisorA, enterprise, ids };
}
const w = await world();

const keysOf = (items: { id: string }[]) =>
  items.map((item) => Object.entries(w.ids).find(([, id]) => id === item.id)?.[0] ?? "other");
const failure = async (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

describe("who reads the audit log", () => {
  it("gives a system admin every entry, newest first", async () => {
    const page = await listAuditEntries(await actorOf(w.system.id), { limit: 100 });
    expect(keysOf(page.items)).toEqual(["byStaffA", "enterprise", "uniA", "userB", "userA", "deptB", "deptA"]);
  });

  it("gives a university admin only the entries about their university and what its staff did", async () => {
    const pageA = await listAuditEntries(await actorOf(w.adminA.id), { limit: 100 });
    expect(keysOf(pageA.items)).toEqual(["byStaffA", "uniA", "userA", "deptA"]);
    const pageB = await listAuditEntries(await actorOf(w.adminB.id), { limit: 100 });
    expect(keysOf(pageB.items)).toEqual(["userB", "deptB"]);
  });

  it("refuses everyone else, and signed-out callers", async () => {
    expect(await failure(listAuditEntries(await actorOf(w.studentA.id)))).toBe("FORBIDDEN");
    expect(await failure(listAuditEntries(await actorOf(w.supervisorA.id)))).toBe("FORBIDDEN");
    expect(await failure(listAuditEntries(await actorOf(w.enterprise.id)))).toBe("FORBIDDEN");
    expect(await failure(listAuditEntries(null))).toBe("UNAUTHENTICATED");
  });
});

describe("filters and pages", () => {
  it("filters by action family, exact action, entity, actor and days (both included)", async () => {
    const system = await actorOf(w.system.id);
    const keys = async (input: Record<string, unknown>) =>
      keysOf((await listAuditEntries(system, { limit: 100, ...input })).items);
    expect(await keys({ action: "department" })).toEqual(["deptB", "deptA"]);
    expect(await keys({ action: "user.disabled" })).toEqual(["userB", "userA"]);
    expect(await keys({ action: "user.dis" })).toEqual([]);
    expect(await keys({ entity: "University" })).toEqual(["uniA"]);
    expect(await keys({ actor: "admin.a@" })).toEqual(["uniA", "deptA"]);
    expect(await keys({ actor: w.adminB.id })).toEqual(["deptB"]);
    expect(await keys({ from: "2026-02-01", to: "2026-03-01" })).toEqual(["uniA", "userB", "userA"]);
    expect(await keys({ entityId: w.studentA.id })).toEqual(["userA"]);
  });

  it("pages with the list shape and a cursor, without repeating or skipping an entry", async () => {
    const system = await actorOf(w.system.id);
    const first = await listAuditEntries(system, { limit: 3 });
    expect(keysOf(first.items)).toEqual(["byStaffA", "enterprise", "uniA"]);
    expect(first.nextCursor).toBe(w.ids.uniA);
    const second = await listAuditEntries(system, { limit: 3, cursor: first.nextCursor });
    expect(keysOf(second.items)).toEqual(["userB", "userA", "deptB"]);
    const third = await listAuditEntries(system, { limit: 3, cursor: second.nextCursor });
    expect(keysOf(third.items)).toEqual(["deptA"]);
    expect(third.nextCursor).toBeNull();
  });

  it("answers the API with items, before/after and the actor", async () => {
    const response = await callRoute(listRoute, {
      method: "GET",
      path: `/audit?action=user.disabled&entityId=${w.studentA.id}`,
      headers: await bearer(w.system),
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      items: [
        {
          id: w.ids.userA,
          createdAt: "2026-02-01T09:00:00.000Z",
          action: "user.disabled",
          entity: "User",
          entityId: w.studentA.id,
          actor: { id: w.system.id, name: "Test SYSTEM_ADMIN", email: "root@example.test" },
          ip: null,
          before: { disabled: false },
          after: { disabled: true },
        },
      ],
      nextCursor: null,
    });
  });
});

describe("bad filters", () => {
  it.each([
    ["a day that does not exist", "from=2026-02-30"],
    ["to before from", "from=2026-03-01&to=2026-02-01"],
    ["an action with other characters", "action=agreement%27%20or%201%3D1"],
    ["an entity with other characters", "entity=User%3B"],
    ["a limit above 100", "limit=101"],
    ["a limit of zero", "limit=0"],
    ["an actor too long", `actor=${"x".repeat(201)}`],
  ])("refuses %s with a problem+json 400 and writes nothing", async (_name, query) => {
    const before = await db.auditLog.count();
    const url = `/audit?${query}`;
    const response = await callRoute(listRoute, { method: "GET", path: url, headers: await bearer(w.system) });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await db.auditLog.count()).toBe(before);
  });

  it("answers 401 without a caller and 403 to a student, in problem+json", async () => {
    expect((await callRoute(listRoute, { method: "GET", path: "/audit" })).status).toBe(401);
    const refused = await callRoute(listRoute, { method: "GET", path: "/audit", headers: await bearer(w.studentA) });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("the CSV export", () => {
  const csvOf = async (path: string, user: { id: string; role: string }) => {
    const request = new Request(`http://localhost:3000/api/v1${path}`, { headers: await bearer(user) });
    const response = await exportRoute(request, { params: Promise.resolve({}) as never });
    return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
  };

  it("holds exactly the filtered entries of the caller's scope, with a header row", async () => {
    const csv = await csvOf("/audit/export.csv?action=department", w.adminA);
    expect(csv.status).toBe(200);
    expect(csv.type).toBe("text/csv; charset=utf-8");
    const lines = csv.text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Quand,Qui,E-mail,Action,Concerne,Identifiant,Depuis (IP),Avant,Après");
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toContain("department.created");
    expect(lines[1]).toContain("admin.a@example.test");
    const all = await csvOf("/audit/export.csv?entity=User", w.system);
    const rows = all.text.trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.find((row) => row.includes(w.studentA.id))).toContain('"{""disabled"":false}","{""disabled"":true}"');
  });

  it("refuses a student before writing a line", async () => {
    const csv = await csvOf("/audit/export.csv", w.studentA);
    expect(csv.status).toBe(403);
    expect(csv.type).toBe("application/problem+json");
  });
});

describe("an append-only log", () => {
  it("refuses to change or remove an entry, even in SQL", async () => {
    const id = w.ids.deptA!;
    await expect(db.auditLog.update({ where: { id }, data: { action: "nothing.happened" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditLog.delete({ where: { id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`update "AuditLog" set "after" = '{}' where id = ${id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`delete from "AuditLog"`).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`truncate "AuditLog"`)).rejects.toThrow(/append-only/);
    // Clearing the actor by hand is refused too: only the foreign key's SET NULL may do it.
    await expect(db.auditLog.update({ where: { id }, data: { actorId: null } })).rejects.toThrow(/append-only/);
    const row = await db.auditLog.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ action: "department.created", actorId: w.adminA.id });
    expect(await db.auditLog.count()).toBe(7);
  });

  it("lets a deleted account's entries lose their actor, and nothing else", async () => {
    const gone = await createUser("STUDENT");
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: gone.id, action: "test.kept", entity: "User", entityId: gone.id, after: { x: 1 } }),
    );
    await db.student.deleteMany({ where: { userId: gone.id } });
    await db.user.delete({ where: { id: gone.id } });
    const kept = await db.auditLog.findFirstOrThrow({ where: { action: "test.kept" } });
    expect(kept).toMatchObject({ actorId: null, entity: "User", entityId: gone.id, after: { x: 1 } });
  });
});

describe("the readable diff", () => {
  it("lists fields before and after, flattened, marking what changed", () => {
    expect(auditDiff({ status: "PENDING", order: 1 }, { status: "SIGNED", order: 1, meta: { ip: "1.2.3.4" } })).toEqual(
      [
        { field: "status", before: "PENDING", after: "SIGNED", changed: true },
        { field: "order", before: "1", after: "1", changed: false },
        { field: "meta.ip", before: null, after: "1.2.3.4", changed: true },
      ],
    );
    expect(auditDiff(null, null)).toEqual([]);
  });
});

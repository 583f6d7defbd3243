import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { createUser } from "@/tests/helpers/users";
import { loadActor } from "./actor";
import { listUsers } from "./list-users";

const actorOf = async (id: string) => (await loadActor(id))!;

/** Accounts in every state, all named with `tag` so that a test only looks at its own rows. */
async function accounts(tag: string) {
  const make = async (role: Parameters<typeof createUser>[0], name: string, data: object = {}) => {
    const user = await createUser(role, { email: `${name.split(" ")[0]!.toLowerCase()}.${tag}@example.test` });
    await db.user.update({ where: { id: user.id }, data: { name: `${name} ${tag}`, ...data } });
    return user.id;
  };
  return {
    alice: await make("STUDENT", "Alice Martin"),
    bruno: await make("STUDENT", "Bruno Petit", { disabledAt: new Date() }),
    chloe: await make("ENTERPRISE", "Chloé Martin", { emailVerified: null }),
    david: await make("UNIVERSITY_ADMIN", "David Leroy"),
  };
}

describe("the system admin's list of accounts", () => {
  it("searches every word in the name or the e-mail, and filters by role and by state", async () => {
    const admin = await actorOf((await createUser("SYSTEM_ADMIN")).id);
    const ids = await accounts("zq41");
    const names = async (input: object) =>
      (await listUsers(admin, { limit: 100, ...input })).items.map((u) => u.id).sort();

    expect(await names({ q: "zq41" })).toEqual(Object.values(ids).sort());
    expect(await names({ q: "MARTIN zq41" })).toEqual([ids.alice, ids.chloe].sort());
    expect(await names({ q: "bruno.zq41@EXAMPLE" })).toEqual([ids.bruno]);
    expect(await names({ q: "zq41", role: "STUDENT" })).toEqual([ids.alice, ids.bruno].sort());
    expect(await names({ q: "zq41", state: "disabled" })).toEqual([ids.bruno]);
    expect(await names({ q: "zq41", state: "unconfirmed" })).toEqual([ids.chloe]);
    expect(await names({ q: "zq41", state: "active" })).toEqual([ids.alice, ids.david].sort());
    expect(await names({ q: "zq41", role: "ENTERPRISE", state: "active" })).toEqual([]);
  });

  it("pages a filtered list with the keyset cursor, newest first, without repeats", async () => {
    const admin = await actorOf((await createUser("SYSTEM_ADMIN")).id);
    const ids = await accounts("kp77");
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listUsers(admin, { q: "kp77", limit: 3, ...(cursor && { cursor }) });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const whole = await listUsers(admin, { q: "kp77", limit: 100 });
    expect(seen).toEqual(whole.items.map((u) => u.id));
    expect([...seen].sort()).toEqual(Object.values(ids).sort());
  });

  it("is for system admins only, and refuses unknown filters", async () => {
    const admin = await actorOf((await createUser("SYSTEM_ADMIN")).id);
    const student = await actorOf((await createUser("STUDENT")).id);
    await expect(listUsers(student, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listUsers(admin, { role: "ROOT" })).rejects.toBeInstanceOf(AppError);
    await expect(listUsers(admin, { state: "banned" })).rejects.toBeInstanceOf(AppError);
  });
});

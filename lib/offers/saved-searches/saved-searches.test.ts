import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { loadActor } from "@/lib/identity/actor";
import { createUser } from "@/tests/helpers/users";
import { fixtureEnterprise } from "../search-test-fixtures";
import { deleteSavedSearch } from "./delete-saved-search";
import { listSavedSearches } from "./list-saved-searches";
import { MAX_SAVED_SEARCHES, saveSearch } from "./save-search";
import { setSearchAlerts } from "./set-search-alerts";

const actorOf = async (role: "STUDENT" | "ENTERPRISE" = "STUDENT") => (await loadActor((await createUser(role)).id))!;
const codeOf = (work: Promise<unknown>) =>
  work.then(
    () => "OK",
    (error: unknown) => (error instanceof AppError ? error.code : "UNEXPECTED"),
  );

describe("saved searches", () => {
  it("saves the words and filters, lists them with their link and enterprise names", async () => {
    const student = await actorOf();
    const enterprise = await fixtureEnterprise("Atelier Lumière");
    const criteria = { q: "data", city: ["Lyon"], remote: ["REMOTE", "HYBRID"], enterprise: [enterprise.id] };
    const { id } = await saveSearch(student, { name: "  Data à Lyon ", criteria });
    const [saved] = await listSavedSearches(student);
    expect(saved).toMatchObject({ id, name: "Data à Lyon", alertsEnabled: true, enterpriseNames: ["Atelier Lumière"] });
    expect(saved!.criteria).toMatchObject({ ...criteria, field: [], skills: [] });
    expect(saved!.href).toBe(`/offers?q=data&city=Lyon&remote=REMOTE&remote=HYBRID&enterprise=${enterprise.id}`);
    expect(saved!.lastNotifiedAt).not.toBeNull();

    const again = await saveSearch(student, { name: "Data Lyon", criteria: { ...criteria }, alertsEnabled: false });
    expect(again.id).toBe(id);
    expect(await listSavedSearches(student)).toMatchObject([{ id, name: "Data Lyon", alertsEnabled: false }]);
  });

  it("refuses invalid input and other roles, writing nothing", async () => {
    const student = await actorOf();
    expect(await codeOf(saveSearch(student, { name: "", criteria: {} }))).toBe("VALIDATION");
    expect(await codeOf(saveSearch(student, { name: "x", criteria: { remote: ["SOMETIMES"] } }))).toBe("VALIDATION");
    expect(await codeOf(saveSearch(await actorOf("ENTERPRISE"), { name: "x", criteria: {} }))).toBe("FORBIDDEN");
    expect(await codeOf(saveSearch(null, { name: "x", criteria: {} }))).toBe("UNAUTHENTICATED");
    expect(await db.savedSearch.count({ where: { studentId: student.studentId! } })).toBe(0);
  });

  it("keeps at most the allowed number per student", async () => {
    const student = await actorOf();
    await db.savedSearch.createMany({
      data: Array.from({ length: MAX_SAVED_SEARCHES }, (_, i) => ({
        studentId: student.studentId!,
        name: `s${i}`,
        query: {},
      })),
    });
    expect(await codeOf(saveSearch(student, { name: "one more", criteria: {} }))).toBe("CONFLICT");
    expect(await db.savedSearch.count({ where: { studentId: student.studentId! } })).toBe(MAX_SAVED_SEARCHES);
  });

  it("lets only the owner switch alerts and delete", async () => {
    const owner = await actorOf();
    const other = await actorOf();
    const { id } = await saveSearch(owner, { name: "Mine", criteria: { q: "python" } });
    expect(await codeOf(deleteSavedSearch(other, id))).toBe("NOT_FOUND");
    expect(await codeOf(setSearchAlerts(other, { id, alertsEnabled: false }))).toBe("NOT_FOUND");
    expect(await db.savedSearch.findUniqueOrThrow({ where: { id } })).toMatchObject({ alertsEnabled: true });

    await setSearchAlerts(owner, { id, alertsEnabled: false });
    expect(await db.savedSearch.findUniqueOrThrow({ where: { id } })).toMatchObject({ alertsEnabled: false });
    const backOn = new Date();
    await setSearchAlerts(owner, { id, alertsEnabled: true });
    const row = await db.savedSearch.findUniqueOrThrow({ where: { id } });
    expect(row.alertsEnabled).toBe(true);
    expect(row.lastNotifiedAt!.getTime()).toBeGreaterThanOrEqual(backOn.getTime());

    await deleteSavedSearch(owner, id);
    expect(await listSavedSearches(owner)).toEqual([]);
    expect(await codeOf(deleteSavedSearch(owner, id))).toBe("NOT_FOUND");
  });
});

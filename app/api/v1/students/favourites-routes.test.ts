import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { isSaved } from "@/lib/favourites/is-saved";
import { loadActor } from "@/lib/identity/actor";
import { signAccessToken } from "@/lib/identity/access-token";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser } from "@/tests/helpers/users";
import { DELETE as unsave, PUT as save } from "./[id]/favourites/[offerId]/route";
import { GET as listSaved } from "./[id]/favourites/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const PROBLEM = "application/problem+json";
const DAY = 86400_000;

async function student() {
  const user = await createUser("STUDENT");
  const { id } = await db.student.findUniqueOrThrow({ where: { userId: user.id } });
  return {
    userId: user.id,
    studentId: id,
    headers: { authorization: `Bearer ${await signAccessToken({ id: user.id, role: "STUDENT" })}` },
  };
}

let enterpriseId: string;
const offer = (title: string, extra: { status?: "DRAFT" | "PUBLISHED" | "CLOSED"; deadline?: Date } = {}) =>
  db.offer.create({
    data: {
      enterpriseId,
      title,
      description: "…",
      field: "Design",
      city: "Nantes",
      country: "FR",
      durationWeeks: 16,
      status: "PUBLISHED",
      publishedAt: new Date(),
      ...extra,
    },
  });
const favourites = (studentId: string) => db.favourite.findMany({ where: { studentId }, orderBy: { offerId: "asc" } });

beforeAll(async () => {
  enterpriseId = (await db.enterprise.create({ data: { name: "Atelier Nord", slug: "atelier-nord" } })).id;
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("saving offers", () => {
  it("saves an open offer once, however often it is asked, and lists it", async () => {
    const me = await student();
    const open = await offer("Designer produit");
    const first = await callRoute(save, {
      method: "PUT",
      params: { id: me.studentId, offerId: open.id },
      headers: me.headers,
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ offerId: open.id, saved: true, savedAt: expect.any(String) });
    const again = await callRoute(save, {
      method: "PUT",
      params: { id: me.studentId, offerId: open.id },
      headers: me.headers,
    });
    expect(again.body).toEqual(first.body);
    expect(await favourites(me.studentId)).toHaveLength(1);
    expect(
      await db.outboxEvent.count({ where: { name: "offer.favourited", data: { path: ["offerId"], equals: open.id } } }),
    ).toBe(1);

    const page = await callRoute(listSaved, { method: "GET", params: { id: me.studentId }, headers: me.headers });
    expect(page.body).toEqual({
      items: [
        {
          offer: expect.objectContaining({
            id: open.id,
            title: "Designer produit",
            enterprise: { id: enterpriseId, name: "Atelier Nord" },
          }),
          savedAt: first.body.savedAt,
          available: true,
        },
      ],
      nextCursor: null,
    });
    expect(await isSaved(await loadActor(me.userId), open.id)).toBe(true);
  });

  it("unsaves, idempotently, even an offer that has closed since", async () => {
    const me = await student();
    const soonClosed = await offer("Illustratrice");
    await callRoute(save, { method: "PUT", params: { id: me.studentId, offerId: soonClosed.id }, headers: me.headers });
    await db.offer.update({ where: { id: soonClosed.id }, data: { status: "CLOSED" } });
    const listed = await callRoute(listSaved, { method: "GET", params: { id: me.studentId }, headers: me.headers });
    expect(listed.body.items).toEqual([expect.objectContaining({ available: false })]);
    for (let i = 0; i < 2; i++) {
      const response = await callRoute(unsave, {
        method: "DELETE",
        params: { id: me.studentId, offerId: soonClosed.id },
        headers: me.headers,
      });
      expect(response.status).toBe(204);
    }
    expect(await favourites(me.studentId)).toEqual([]);
    expect(await isSaved(await loadActor(me.userId), soonClosed.id)).toBe(false);
  });

  it("pages the saved list, last saved first", async () => {
    const me = await student();
    const offers = [await offer("Un"), await offer("Deux"), await offer("Trois")];
    for (const [i, o] of offers.entries()) {
      await db.favourite.create({
        data: { studentId: me.studentId, offerId: o.id, createdAt: new Date(Date.now() - (3 - i) * DAY) },
      });
    }
    const first = await callRoute(listSaved, {
      method: "GET",
      params: { id: me.studentId },
      headers: me.headers,
      path: "/x?limit=2",
    });
    expect(first.body.items.map((i: { offer: { title: string } }) => i.offer.title)).toEqual(["Trois", "Deux"]);
    const second = await callRoute(listSaved, {
      method: "GET",
      params: { id: me.studentId },
      headers: me.headers,
      path: `/x?limit=2&cursor=${first.body.nextCursor}`,
    });
    expect(second.body).toMatchObject({ items: [{ offer: { title: "Un" } }], nextCursor: null });
  });
});

describe("refused favourites answer problem+json and change nothing", () => {
  it.each([
    ["an unknown offer", async () => "no-such-offer"],
    ["a draft", async () => (await offer("Brouillon", { status: "DRAFT" })).id],
    ["a closed offer", async () => (await offer("Fermée", { status: "CLOSED" })).id],
    ["an offer past its deadline", async () => (await offer("Expirée", { deadline: new Date(Date.now() - DAY) })).id],
  ])("saving %s is a 404 with a clear title", async (_name, offerId) => {
    const me = await student();
    const id = await offerId();
    const before = await db.outboxEvent.count();
    const response = await callRoute(save, {
      method: "PUT",
      params: { id: me.studentId, offerId: id },
      headers: me.headers,
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe(PROBLEM);
    expect(response.body).toMatchObject({
      type: expect.stringContaining("/problems/not-found"),
      title: "This offer does not exist or is no longer open.",
    });
    expect(await favourites(me.studentId)).toEqual([]);
    expect(await db.outboxEvent.count()).toBe(before);
  });

  it("unsaving an unknown offer is a 404", async () => {
    const me = await student();
    const response = await callRoute(unsave, {
      method: "DELETE",
      params: { id: me.studentId, offerId: "no-such-offer" },
      headers: me.headers,
    });
    expect(response.status).toBe(404);
    expect(response.body.title).toBe("This offer does not exist.");
  });

  it("another student's favourites are a 403 for saving, unsaving and listing", async () => {
    const me = await student();
    const them = await student();
    const open = await offer("Partagée");
    await db.favourite.create({ data: { studentId: them.studentId, offerId: open.id } });
    const before = await favourites(them.studentId);
    const other = await offer("Autre");
    for (const [handler, method, offerId] of [
      [save, "PUT", other.id],
      [unsave, "DELETE", open.id],
      [listSaved, "GET", undefined],
    ] as const) {
      const response = await callRoute(handler, {
        method,
        params: { id: them.studentId, ...(offerId && { offerId }) },
        headers: me.headers,
      });
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toBe(PROBLEM);
    }
    expect(await favourites(them.studentId)).toEqual(before);
  });

  it("an enterprise member cannot save offers, and nobody can without signing in", async () => {
    const user = await createUser("ENTERPRISE");
    const headers = { authorization: `Bearer ${await signAccessToken({ id: user.id, role: "ENTERPRISE" })}` };
    const open = await offer("Pour étudiants");
    const me = await student();
    expect(
      (await callRoute(save, { method: "PUT", params: { id: me.studentId, offerId: open.id }, headers })).status,
    ).toBe(403);
    expect((await callRoute(save, { method: "PUT", params: { id: me.studentId, offerId: open.id } })).status).toBe(401);
    expect(await db.favourite.count({ where: { offerId: open.id } })).toBe(0);
  });

  it("a bad page size is a 400", async () => {
    const me = await student();
    const response = await callRoute(listSaved, {
      method: "GET",
      params: { id: me.studentId },
      headers: me.headers,
      path: "/x?limit=0",
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: "limit" }));
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { kickRelay } from "@/inngest/dispatch";
import { db } from "@/lib/core/db";
import { signAccessToken } from "@/lib/identity/access-token";
import { expireDueOffers } from "@/lib/offers/expire-due-offers";
import { notifyOfferExpired } from "@/lib/offers/notify-offer-expired";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser } from "@/tests/helpers/users";
import { POST as close } from "./[id]/close/route";
import { POST as duplicate } from "./[id]/duplicate/route";
import { POST as publish } from "./[id]/publish/route";
import { DELETE as remove, GET as read, PUT as update } from "./[id]/route";
import { GET as list, POST as create } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const inAMonth = () => new Date(Date.now() + 30 * 86400_000).toISOString();
const validOffer = () => ({
  title: "Stage développeur·se TypeScript",
  description:
    "Vous rejoignez l'équipe produit pour construire des outils internes utilisés par 300 personnes chaque jour.",
  skills: ["TypeScript", "React"],
  field: "Software engineering",
  city: "Lyon",
  country: "fr",
  remoteMode: "HYBRID",
  durationWeeks: 24,
  stipendAmount: 1200,
  deadline: inAMonth(),
  languages: ["fr"],
});

async function enterpriseMember(verified: boolean) {
  const user = await createUser("ENTERPRISE");
  const member = await db.enterpriseMember.findFirstOrThrow({ where: { userId: user.id } });
  if (verified)
    await db.enterprise.update({ where: { id: member.enterpriseId }, data: { verificationStatus: "VERIFIED" } });
  const token = await signAccessToken({ id: user.id, role: "ENTERPRISE" });
  return { user, enterpriseId: member.enterpriseId, headers: { authorization: `Bearer ${token}` } };
}

async function draftOf(headers: Record<string, string>) {
  const response = await callRoute(create, { body: validOffer(), headers });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("creating and publishing offers", () => {
  it("creates a draft with its skills, searchable once published", async () => {
    const { headers } = await enterpriseMember(true);
    const response = await callRoute(create, { body: validOffer(), headers });
    expect(response.body).toMatchObject({
      status: "DRAFT",
      country: "FR",
      skills: ["React", "TypeScript"],
      publishedAt: null,
    });
    const published = await callRoute(publish, { params: { id: response.body.id }, headers });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: "PUBLISHED", publishedAt: expect.any(String) });
    const row = await db.$queryRaw<{ matches: boolean }[]>`
      select "searchVector" @@ websearch_to_tsquery('french', unaccent('developpeur')) as matches from "Offer" where id = ${response.body.id}`;
    expect(row[0]?.matches).toBe(true);
    expect(
      await db.outboxEvent.count({
        where: { name: "offer.published", data: { path: ["offerId"], equals: response.body.id } },
      }),
    ).toBe(1);
  });

  it("refuses to publish for an unverified enterprise, and the draft stays a draft", async () => {
    const { headers } = await enterpriseMember(false);
    const id = await draftOf(headers);
    const response = await callRoute(publish, { params: { id }, headers });
    expect(response.status).toBe(403);
    expect(response.body.title).toMatch(/must be verified/);
    expect(await db.offer.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", publishedAt: null });
  });

  it("refuses to publish with a past deadline", async () => {
    const { headers, enterpriseId } = await enterpriseMember(true);
    const id = await draftOf(headers);
    await db.offer.update({ where: { id, enterpriseId }, data: { deadline: new Date(Date.now() - 86_400_000) } });
    const response = await callRoute(publish, { params: { id }, headers });
    expect(response.status).toBe(400);
    expect(response.body.title).toBe("The application deadline has passed: choose a later date, then publish.");
    expect(response.body.errors).toContainEqual({
      field: "deadline",
      code: "deadlinePast",
      message: "The application deadline is already past.",
    });
    expect(await db.offer.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", publishedAt: null });
  });

  it("refuses students, and enterprise tutors", async () => {
    const student = await createUser("STUDENT");
    const headers = { authorization: `Bearer ${await signAccessToken({ id: student.id, role: "STUDENT" })}` };
    expect((await callRoute(create, { body: validOffer(), headers })).status).toBe(403);
    const tutor = await enterpriseMember(true);
    await db.enterpriseMember.updateMany({ where: { userId: tutor.user.id }, data: { role: "TUTOR" } });
    expect((await callRoute(create, { body: validOffer(), headers: tutor.headers })).status).toBe(403);
    expect((await callRoute(create, { body: validOffer() })).status).toBe(401);
  });
});

describe("bad input changes nothing", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["short title", { title: "Dev" }, "title"],
    ["no skills", { skills: [] }, "skills"],
    ["unknown field", { field: "Astrology" }, "field"],
    ["bad country", { country: "France" }, "country"],
    ["unknown remote mode", { remoteMode: "MARS" }, "remoteMode"],
    ["zero weeks", { durationWeeks: 0 }, "durationWeeks"],
    ["negative stipend", { stipendAmount: -5 }, "stipendAmount"],
    ["start window backwards", { startFrom: "2027-06-01", startTo: "2027-03-01" }, "startTo"],
    ["not a date", { deadline: "next week" }, "deadline"],
  ];

  it.each(cases)("POST with %s → 400", async (_name, change, field) => {
    const { headers, enterpriseId } = await enterpriseMember(true);
    const before = await db.offer.count({ where: { enterpriseId } });
    const response = await callRoute(create, { body: { ...validOffer(), ...change }, headers });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    expect(await db.offer.count({ where: { enterpriseId } })).toBe(before);
  });

  it.each(cases)("PUT with %s → 400 and the offer unchanged", async (_name, change) => {
    const { headers } = await enterpriseMember(true);
    const id = await draftOf(headers);
    const before = await db.offer.findUniqueOrThrow({ where: { id }, include: { skills: true } });
    expect(
      (await callRoute(update, { method: "PUT", params: { id }, body: { ...validOffer(), ...change }, headers }))
        .status,
    ).toBe(400);
    expect(await db.offer.findUniqueOrThrow({ where: { id }, include: { skills: true } })).toEqual(before);
  });
});

describe("ownership", () => {
  it("another enterprise cannot edit, publish, close, duplicate or delete the offer (403), and the row is unchanged", async () => {
    const owner = await enterpriseMember(true);
    const other = await enterpriseMember(true);
    const id = await draftOf(owner.headers);
    const before = await db.offer.findUniqueOrThrow({ where: { id }, include: { skills: true } });
    const attempts = [
      callRoute(update, {
        method: "PUT",
        params: { id },
        body: { ...validOffer(), title: "Hijacked offer title" },
        headers: other.headers,
      }),
      callRoute(publish, { params: { id }, headers: other.headers }),
      callRoute(close, { params: { id }, headers: other.headers }),
      callRoute(duplicate, { params: { id }, headers: other.headers }),
      callRoute(remove, { method: "DELETE", params: { id }, headers: other.headers }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(403);
    expect(await db.offer.findUniqueOrThrow({ where: { id }, include: { skills: true } })).toEqual(before);
    expect(await db.offer.count({ where: { enterpriseId: other.enterpriseId } })).toBe(0);
  });

  it("a draft is invisible to others (404) and listed only to its enterprise", async () => {
    const owner = await enterpriseMember(true);
    const id = await draftOf(owner.headers);
    expect((await callRoute(read, { method: "GET", params: { id } })).status).toBe(404);
    expect((await callRoute(read, { method: "GET", params: { id }, headers: owner.headers })).status).toBe(200);
    const own = await callRoute(list, { method: "GET", path: "/offers?status=DRAFT", headers: owner.headers });
    expect(own.body.items.map((o: { id: string }) => o.id)).toContain(id);
    const visitors = await callRoute(list, { method: "GET", path: "/offers?limit=100" });
    expect(visitors.body.items.map((o: { id: string }) => o.id)).not.toContain(id);
  });
});

describe("life cycle", () => {
  it("closes, duplicates as a draft, and deletes only never-published drafts", async () => {
    const { headers } = await enterpriseMember(true);
    const id = await draftOf(headers);
    await callRoute(publish, { params: { id }, headers });
    expect((await callRoute(remove, { method: "DELETE", params: { id }, headers })).status).toBe(409);
    expect((await callRoute(close, { params: { id }, headers })).body.status).toBe("CLOSED");
    expect((await callRoute(close, { params: { id }, headers })).status).toBe(409);
    const copy = await callRoute(duplicate, { params: { id }, headers });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      status: "DRAFT",
      title: validOffer().title,
      skills: ["React", "TypeScript"],
      deadline: null,
    });
    expect((await callRoute(remove, { method: "DELETE", params: { id: copy.body.id }, headers })).status).toBe(204);
    expect(await db.offer.findUnique({ where: { id: copy.body.id } })).toBeNull();
  });

  it("expires offers past their deadline once, and tells the enterprise once", async () => {
    const { headers, enterpriseId, user } = await enterpriseMember(true);
    const id = await draftOf(headers);
    await callRoute(publish, { params: { id }, headers });
    await db.offer.update({ where: { id, enterpriseId }, data: { deadline: new Date(Date.now() - 86_400_000) } });

    expect((await expireDueOffers()).expired).toBeGreaterThanOrEqual(1);
    expect(await db.offer.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "EXPIRED" });
    expect((await callRoute(read, { method: "GET", params: { id } })).status).toBe(404);
    expect(
      await db.outboxEvent.count({ where: { name: "offer.expired", data: { path: ["offerId"], equals: id } } }),
    ).toBe(1);
    expect((await expireDueOffers()).expired).toBe(0);

    await kickRelay();
    expect(await db.emailMessage.count({ where: { to: user.email, template: "offerExpired" } })).toBe(1);
    expect((await notifyOfferExpired(id)).sent).toBe(0);
    expect(await db.emailMessage.count({ where: { to: user.email, template: "offerExpired" } })).toBe(1);
  });
});

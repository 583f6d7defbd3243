import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { signAccessToken } from "@/lib/identity/access-token";
import { callRoute } from "@/tests/helpers/call-route";
import { rowCounts } from "@/tests/helpers/row-counts";
import { createUser } from "@/tests/helpers/users";
import { GET as getOne, PUT } from "./[id]/route";
import { GET as interns } from "./[id]/interns/route";
import { GET as offers } from "./[id]/offers/route";
import { GET as list } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const PROBLEM = "application/problem+json";
const bearer = async (user: { id: string; role: string }) => ({
  authorization: `Bearer ${await signAccessToken({ id: user.id, role: user.role as never })}`,
});

const profile = {
  name: "Numeria Lyon",
  sector: "Services numériques",
  size: "MEDIUM",
  description: "Studio logiciel lyonnais.",
  website: "numeria.example",
  applicationEmail: "stages@numeria.example",
  locations: [{ city: "Lyon", country: "fr", address: "12 rue de la République" }],
  contacts: [{ name: "Claire Martin", email: "claire@numeria.example", phone: "", position: "RH" }],
  certifications: [{ name: "ISO 27001", issuer: "AFNOR", year: "2024" }],
};

async function enterprise(status: "UNVERIFIED" | "PENDING" | "VERIFIED" = "UNVERIFIED") {
  const admin = await createUser("ENTERPRISE");
  const enterpriseId = (await db.enterpriseMember.findFirstOrThrow({ where: { userId: admin.id } })).enterpriseId;
  await db.enterprise.update({
    where: { id: enterpriseId },
    data: {
      verificationStatus: status,
      contacts: { create: { name: "Initial Contact", email: "initial@example.test" } },
    },
  });
  return { enterpriseId, admin, headers: await bearer(admin) };
}

/** Everything PUT or verify could change about one enterprise. */
const stateOf = (id: string) =>
  db.enterprise.findUniqueOrThrow({
    where: { id },
    include: { locations: true, contacts: true, certifications: true, verifications: true, members: true },
  });

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("PUT /enterprises/{id}", () => {
  it("lets an enterprise admin replace the profile and its lists, with an audit entry", async () => {
    const { enterpriseId, headers } = await enterprise();
    const response = await callRoute(PUT, { method: "PUT", params: { id: enterpriseId }, headers, body: profile });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: "Numeria Lyon", website: "https://numeria.example", size: "MEDIUM" });
    const row = await stateOf(enterpriseId);
    expect(row.locations.map((l) => [l.city, l.country])).toEqual([["Lyon", "FR"]]);
    expect(row.contacts.map((c) => [c.name, c.phone])).toEqual([["Claire Martin", null]]);
    expect(row.certifications.map((c) => [c.name, c.year])).toEqual([["ISO 27001", 2024]]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: enterpriseId, action: "enterprise.profile-updated" },
    });
    expect(audit.before).toMatchObject({ contacts: [{ name: "Initial Contact" }] });
    expect(audit.after).toMatchObject({ name: "Numeria Lyon", contacts: [{ name: "Claire Martin" }] });
  });

  it("does not let another enterprise's admin change it (404), nor a recruiter (403), nor a visitor (401)", async () => {
    const { enterpriseId } = await enterprise();
    const other = await enterprise();
    const recruiter = await createUser("ENTERPRISE", { enterpriseId });
    await db.enterpriseMember.updateMany({ where: { userId: recruiter.id }, data: { role: "RECRUITER" } });
    const before = await stateOf(enterpriseId);
    for (const [headers, status] of [
      [other.headers, 404],
      [await bearer(recruiter), 403],
      [{}, 401],
    ] as const) {
      const response = await callRoute(PUT, { method: "PUT", params: { id: enterpriseId }, headers, body: profile });
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe(PROBLEM);
    }
    expect(await stateOf(enterpriseId)).toEqual(before);
  });

  const bad: [string, { body?: unknown; rawBody?: string }, string?][] = [
    ["not JSON", { rawBody: "{nope" }],
    ["no name", { body: { ...profile, name: "" } }, "name"],
    ["a website that is not one", { body: { ...profile, website: "not a website" } }, "website"],
    ["a bad application address", { body: { ...profile, applicationEmail: "stages@" } }, "applicationEmail"],
    ["an unknown size", { body: { ...profile, size: "HUGE" } }, "size"],
    [
      "a three-letter country",
      { body: { ...profile, locations: [{ city: "Lyon", country: "FRA" }] } },
      "locations.0.country",
    ],
    ["a contact without e-mail", { body: { ...profile, contacts: [{ name: "Claire" }] } }, "contacts.0.email"],
    [
      "a certification from 1800",
      { body: { ...profile, certifications: [{ name: "ISO 9001", year: 1800 }] } },
      "certifications.0.year",
    ],
    ["21 locations", { body: { ...profile, locations: Array(21).fill({ city: "Lyon", country: "FR" }) } }, "locations"],
  ];
  it.each(bad)("answers %s with 400 problem+json and changes nothing", async (_name, input, field) => {
    const { enterpriseId, headers } = await enterprise();
    const [before, counts] = [await stateOf(enterpriseId), await rowCounts()];
    const response = await callRoute(PUT, { method: "PUT", params: { id: enterpriseId }, headers, ...input });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe(PROBLEM);
    if (field)
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, message: expect.any(String) }));
    expect(await stateOf(enterpriseId)).toEqual(before);
    expect(await rowCounts()).toEqual(counts);
  });
});

describe("reading enterprises", () => {
  it("lists verified enterprises only, with a name filter and a limit of 100", async () => {
    const verified = await enterprise("VERIFIED");
    const unverified = await enterprise();
    const response = await callRoute(list, { method: "GET", path: "/enterprises?limit=100" });
    const ids = response.body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(verified.enterpriseId);
    expect(ids).not.toContain(unverified.enterpriseId);
    const name = (await stateOf(verified.enterpriseId)).name;
    const filtered = await callRoute(list, {
      method: "GET",
      path: `/enterprises?q=${encodeURIComponent(name.toUpperCase())}`,
    });
    expect(filtered.body.items.map((item: { id: string }) => item.id)).toEqual([verified.enterpriseId]);
    const tooMany = await callRoute(list, { method: "GET", path: "/enterprises?limit=101" });
    expect([tooMany.status, tooMany.headers.get("content-type")]).toEqual([400, PROBLEM]);
  });

  it("shows a verified enterprise by slug to anyone, without its internal fields; an unverified one only to its members", async () => {
    const verified = await enterprise("VERIFIED");
    const slug = (await stateOf(verified.enterpriseId)).slug;
    const visitor = await callRoute(getOne, { method: "GET", params: { id: slug } });
    expect(visitor.status).toBe(200);
    expect(visitor.body).toMatchObject({ id: verified.enterpriseId, verificationStatus: "VERIFIED", offers: [] });
    expect(visitor.body).not.toHaveProperty("contacts");
    expect(visitor.body).not.toHaveProperty("applicationEmail");

    const unverified = await enterprise();
    expect((await callRoute(getOne, { method: "GET", params: { id: unverified.enterpriseId } })).status).toBe(404);
    expect(
      (await callRoute(getOne, { method: "GET", params: { id: unverified.enterpriseId }, headers: verified.headers }))
        .status,
    ).toBe(404);
    const own = await callRoute(getOne, {
      method: "GET",
      params: { id: unverified.enterpriseId },
      headers: unverified.headers,
    });
    expect(own.status).toBe(200);
    expect(own.body.contacts).toEqual([expect.objectContaining({ name: "Initial Contact" })]);
  });

  it("lists an enterprise's open offers to everyone and its drafts to its members", async () => {
    const { enterpriseId, headers } = await enterprise("VERIFIED");
    const base = { enterpriseId, description: "…", field: "Design", city: "Lyon", country: "FR", durationWeeks: 24 };
    const open = await db.offer.create({
      data: { ...base, title: "Open", status: "PUBLISHED", publishedAt: new Date() },
    });
    const expired = await db.offer.create({
      data: {
        ...base,
        title: "Past",
        status: "PUBLISHED",
        publishedAt: new Date(),
        deadline: new Date(Date.now() - 86_400_000),
      },
    });
    const draft = await db.offer.create({ data: { ...base, title: "Draft" } });
    const publicIds = (await callRoute(offers, { method: "GET", params: { id: enterpriseId } })).body.items.map(
      (o: { id: string }) => o.id,
    );
    expect(publicIds).toEqual([open.id]);
    const ownIds = (await callRoute(offers, { method: "GET", params: { id: enterpriseId }, headers })).body.items.map(
      (o: { id: string }) => o.id,
    );
    expect(ownIds.sort()).toEqual([open.id, expired.id, draft.id].sort());
    const drafts = await callRoute(offers, {
      method: "GET",
      path: "/x?status=DRAFT",
      params: { id: enterpriseId },
      headers,
    });
    expect(drafts.body.items.map((o: { id: string }) => o.id)).toEqual([draft.id]);
    expect(
      (await callRoute(offers, { method: "GET", path: "/x?status=LIVE", params: { id: enterpriseId }, headers }))
        .status,
    ).toBe(400);
  });

  it("lists interns to the enterprise's own members only", async () => {
    const { enterpriseId, headers } = await enterprise("VERIFIED");
    const other = await enterprise("VERIFIED");
    const university = await db.university.create({ data: { name: "Université Test" } });
    const student = await createUser("STUDENT", { universityId: university.id });
    const studentId = (await db.student.findUniqueOrThrow({ where: { userId: student.id } })).id;
    const offer = await db.offer.create({
      data: {
        enterpriseId,
        title: "Stage",
        description: "…",
        field: "Design",
        city: "Lyon",
        country: "FR",
        durationWeeks: 24,
      },
    });
    const application = await db.application.create({ data: { offerId: offer.id, studentId, status: "ACCEPTED" } });
    const dates = { startDate: new Date("2026-03-02"), endDate: new Date("2026-08-28") };
    const base = { studentId, enterpriseId, universityId: university.id, ...dates };
    const agreement = await db.agreement.create({
      data: { ...base, applicationId: application.id, status: "VALIDATED" },
    });
    const internship = await db.internship.create({ data: { ...base, agreementId: agreement.id, offerId: offer.id } });

    const own = await callRoute(interns, { method: "GET", params: { id: enterpriseId }, headers });
    expect(own.status).toBe(200);
    expect(own.body.items).toEqual([
      expect.objectContaining({ id: internship.id, offer: { id: offer.id, title: "Stage" } }),
    ]);
    expect(
      (await callRoute(interns, { method: "GET", params: { id: enterpriseId }, headers: other.headers })).status,
    ).toBe(404);
    expect(
      (await callRoute(interns, { method: "GET", params: { id: enterpriseId }, headers: await bearer(student) }))
        .status,
    ).toBe(403);
    expect((await callRoute(interns, { method: "GET", params: { id: enterpriseId } })).status).toBe(401);
    const badPage = await callRoute(interns, {
      method: "GET",
      path: "/x?limit=0",
      params: { id: enterpriseId },
      headers,
    });
    expect([badPage.status, badPage.headers.get("content-type")]).toEqual([400, PROBLEM]);
  });
});

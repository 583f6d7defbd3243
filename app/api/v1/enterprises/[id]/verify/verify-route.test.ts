import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { signAccessToken } from "@/lib/identity/access-token";
import { callRoute } from "@/tests/helpers/call-route";
import { rowCounts } from "@/tests/helpers/row-counts";
import { createUser } from "@/tests/helpers/users";
import { POST as verify } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const PROBLEM = "application/problem+json";
const bearer = async (user: { id: string; role: string }) => ({
  authorization: `Bearer ${await signAccessToken({ id: user.id, role: user.role as never })}`,
});

/** An enterprise whose admin (English-speaking) asked for verification. */
async function pendingEnterprise() {
  const admin = await createUser("ENTERPRISE");
  await db.user.update({ where: { id: admin.id }, data: { locale: "en" } });
  const enterpriseId = (await db.enterpriseMember.findFirstOrThrow({ where: { userId: admin.id } })).enterpriseId;
  await db.enterprise.update({ where: { id: enterpriseId }, data: { verificationStatus: "PENDING" } });
  await db.enterpriseVerification.create({ data: { enterpriseId, registrationNumber: "552 100 554" } });
  return { enterpriseId, admin, headers: await bearer(admin) };
}

const stateOf = (id: string) => db.enterprise.findUniqueOrThrow({ where: { id }, include: { verifications: true } });

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("POST /enterprises/{id}/verify", () => {
  it("verifies: status VERIFIED, event enterprise.verified, e-mail to the admin in their language", async () => {
    const { enterpriseId, admin } = await pendingEnterprise();
    const sysAdmin = await createUser("SYSTEM_ADMIN");
    const response = await callRoute(verify, {
      params: { id: enterpriseId },
      headers: await bearer(sysAdmin),
      body: { decision: "VERIFY" },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ enterpriseId, status: "VERIFIED" });
    const row = await stateOf(enterpriseId);
    expect(row).toMatchObject({
      verificationStatus: "VERIFIED",
      registrationNumber: "552 100 554",
      verifiedAt: expect.any(Date),
    });
    expect(row.verifications[0]).toMatchObject({
      status: "VERIFIED",
      reviewerId: sysAdmin.id,
      decidedAt: expect.any(Date),
    });
    expect(
      await db.outboxEvent.count({
        where: { name: "enterprise.verified", data: { path: ["enterpriseId"], equals: enterpriseId } },
      }),
    ).toBe(1);
    const email = await db.emailMessage.findFirstOrThrow({
      where: { to: admin.email },
      orderBy: { createdAt: "desc" },
    });
    expect(email.subject).toBe(`${row.name} is verified on Stagiaire`);
    expect(
      await db.auditLog.count({
        where: { entityId: enterpriseId, action: "enterprise.verified", actorId: sysAdmin.id },
      }),
    ).toBe(1);

    const again = await callRoute(verify, {
      params: { id: enterpriseId },
      headers: await bearer(sysAdmin),
      body: { decision: "VERIFY" },
    });
    expect(again.status).toBe(409);
  });

  it("is for system admins only: the enterprise's own admin gets 403 and nothing changes", async () => {
    const { enterpriseId, headers } = await pendingEnterprise();
    const [before, counts] = [await stateOf(enterpriseId), await rowCounts()];
    const response = await callRoute(verify, { params: { id: enterpriseId }, headers, body: { decision: "VERIFY" } });
    expect(response.status).toBe(403);
    expect(await stateOf(enterpriseId)).toEqual(before);
    expect(await rowCounts()).toEqual(counts);
  });

  it.each([
    ["a rejection without reason", { decision: "REJECT" }, 400, "reason"],
    ["a rejection with a blank reason", { decision: "REJECT", reason: "   " }, 400, "reason"],
    ["an unknown decision", { decision: "MAYBE" }, 400, "decision"],
    ["no body", undefined, 400, undefined],
  ])("answers %s with a 4xx problem+json and changes nothing", async (_name, body, status, field) => {
    const { enterpriseId } = await pendingEnterprise();
    const sysAdmin = await createUser("SYSTEM_ADMIN");
    const [before, counts] = [await stateOf(enterpriseId), await rowCounts()];
    const response = await callRoute(verify, { params: { id: enterpriseId }, headers: await bearer(sysAdmin), body });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe(PROBLEM);
    if (field) expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    expect(await stateOf(enterpriseId)).toEqual(before);
    expect(await rowCounts()).toEqual(counts);
  });

  it("answers 404 for an unknown enterprise", async () => {
    const sysAdmin = await createUser("SYSTEM_ADMIN");
    const response = await callRoute(verify, {
      params: { id: "nope" },
      headers: await bearer(sysAdmin),
      body: { decision: "VERIFY" },
    });
    expect(response.status).toBe(404);
  });
});

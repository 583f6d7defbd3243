import { beforeEach, describe, expect, it, vi } from "vitest";
import { rejectionMessagesFor } from "@/lib/applications/rejection-messages-for";
import { db } from "@/lib/core/db";
import type { AppError } from "@/lib/core/errors";
import { applicationIn, enterpriseWithOffer, memberOf, studentWithCv } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { GET as list, POST as create } from "../enterprises/[id]/rejection-templates/route";
import { DELETE as remove } from "./[id]/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

type Headers = Record<string, string>;
const post = (headers: Headers, enterpriseId: string, body: unknown) =>
  callRoute(create, { params: { id: enterpriseId }, body, headers });
const read = (headers: Headers, enterpriseId: string) =>
  callRoute(list, { method: "GET", params: { id: enterpriseId }, headers });
const template = {
  name: "Poste pourvu (stage)",
  reason: "POSITION_FILLED",
  bodyFr: "Bonjour {studentName}, l'offre « {offerTitle} » est pourvue. {enterpriseName}",
  bodyEn: 'Hello {studentName}, "{offerTitle}" is filled. {enterpriseName}',
};

describe("rejection message templates", () => {
  it("saves a template, lists it after the built-in ones, and fills it in for an application", async () => {
    const enterprise = await enterpriseWithOffer();
    const created = await post(enterprise.headers, enterprise.enterpriseId, template);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: template.name, reason: "POSITION_FILLED", builtIn: false });

    const listed = await read(enterprise.headers, enterprise.enterpriseId);
    expect(listed.status).toBe(200);
    const names = listed.body.items.map((t: { name: string; builtIn: boolean }) => [t.name, t.builtIn]);
    expect(names.filter(([, builtIn]: [string, boolean]) => builtIn).length).toBeGreaterThanOrEqual(3);
    expect(names.at(-1)).toEqual([template.name, false]);

    const english = await studentWithCv({ locale: "en" });
    const applicationId = await applicationIn("UNDER_REVIEW", enterprise.offerId, english.studentId);
    const messages = await rejectionMessagesFor(enterprise.actor, applicationId);
    const own = messages.find((m) => m.id === created.body.id)!;
    const offer = await db.offer.findUniqueOrThrow({
      where: { id: enterprise.offerId },
      include: { enterprise: true },
    });
    expect(own.message).toBe(`Hello ${english.user.name}, "${offer.title}" is filled. ${offer.enterprise.name}`);
    // Built-in ones are filled in too, in the student's language.
    const filled = messages.find((m) => m.id === "builtin-positionFilled")!;
    expect(filled.message).toContain(english.user.name);
    expect(filled.message).toContain(offer.title);
    expect(filled.message).not.toMatch(/\{\w+\}/);
  });

  it("refuses an unknown variable, with the field and the reason, and saves nothing", async () => {
    const enterprise = await enterpriseWithOffer();
    const refused = await post(enterprise.headers, enterprise.enterpriseId, {
      ...template,
      bodyEn: "Dear {firstName}, sorry.",
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.body.errors).toEqual([
      {
        field: "bodyEn",
        code: "unknownVariable",
        message: "{firstName} is not a variable we know: use {studentName}, {offerTitle}, {enterpriseName}.",
      },
    ]);
    const noText = await post(enterprise.headers, enterprise.enterpriseId, { name: "Vide", bodyFr: " " });
    expect(noText.status).toBe(400);
    expect(noText.body.errors.map((e: { code: string }) => e.code)).toEqual(["templateTextRequired"]);
    const badReason = await post(enterprise.headers, enterprise.enterpriseId, { ...template, reason: "RUDE" });
    expect(badReason.body.errors.map((e: { field: string }) => e.field)).toEqual(["reason"]);
    expect(await db.rejectionTemplate.count({ where: { enterpriseId: enterprise.enterpriseId } })).toBe(0);
  });

  it("refuses a name the enterprise already uses (409)", async () => {
    const enterprise = await enterpriseWithOffer();
    expect((await post(enterprise.headers, enterprise.enterpriseId, template)).status).toBe(201);
    const twice = await post(enterprise.headers, enterprise.enterpriseId, {
      ...template,
      name: template.name.toUpperCase(),
    });
    expect(twice.status).toBe(409);
    expect(await db.rejectionTemplate.count({ where: { enterpriseId: enterprise.enterpriseId } })).toBe(1);
  });

  it("keeps an enterprise's templates from other enterprises, students and tutors", async () => {
    const mine = await enterpriseWithOffer();
    const other = await enterpriseWithOffer();
    const student = await studentWithCv();
    const tutor = await memberOf(mine.enterpriseId, "TUTOR");
    const { body: saved } = await post(mine.headers, mine.enterpriseId, template);

    expect((await read(other.headers, mine.enterpriseId)).status).toBe(404);
    expect((await post(other.headers, mine.enterpriseId, { ...template, name: "Intrus" })).status).toBe(404);
    expect((await read(student.headers, mine.enterpriseId)).status).toBe(403);
    expect((await read(tutor.headers, mine.enterpriseId)).status).toBe(403);
    const theirs = await read(other.headers, other.enterpriseId);
    expect(theirs.body.items.some((t: { id: string }) => t.id === saved.id)).toBe(false);

    // Nor can they use it: their refusal dialog is filled from their own templates only.
    const applicant = await studentWithCv();
    const theirApplication = await applicationIn("SUBMITTED", other.offerId, applicant.studentId);
    const offered = await rejectionMessagesFor(other.actor, theirApplication);
    expect(offered.some((m) => m.id === saved.id)).toBe(false);
    // …and cannot fill mine in for my applicants.
    const myApplication = await applicationIn("SUBMITTED", mine.offerId, applicant.studentId);
    await expect(rejectionMessagesFor(other.actor, myApplication)).rejects.toMatchObject({
      code: "NOT_FOUND",
    } satisfies Partial<AppError>);

    const deleting = await callRoute(remove, { method: "DELETE", params: { id: saved.id }, headers: other.headers });
    expect(deleting.status).toBe(404);
    expect(await db.rejectionTemplate.count({ where: { id: saved.id } })).toBe(1);

    const deleted = await callRoute(remove, { method: "DELETE", params: { id: saved.id }, headers: mine.headers });
    expect(deleted.status).toBe(204);
    expect(await db.rejectionTemplate.count({ where: { id: saved.id } })).toBe(0);
  });
});

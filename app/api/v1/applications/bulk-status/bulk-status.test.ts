import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import {
  applicationCounts,
  applicationIn,
  enterpriseWithOffer,
  memberOf,
  settleWorkflows,
  studentWithCv,
} from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { POST as bulk } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const post = (headers: Record<string, string>, body: unknown) =>
  callRoute(bulk, { path: "/applications/bulk-status", body, headers });

const statusOf = async (id: string) => (await db.application.findUniqueOrThrow({ where: { id } })).status;
const historyOf = (id: string) => db.applicationStatusChange.count({ where: { applicationId: id } });

/** An enterprise with four applicants in different stages, and another enterprise with one. */
async function pipeline() {
  const mine = await enterpriseWithOffer();
  const theirs = await enterpriseWithOffer();
  const students = await Promise.all([1, 2, 3, 4, 5].map(() => studentWithCv()));
  const ids = {
    submitted: await applicationIn("SUBMITTED", mine.offerId, students[0]!.studentId),
    review: await applicationIn("UNDER_REVIEW", mine.offerId, students[1]!.studentId),
    accepted: await applicationIn("ACCEPTED", mine.offerId, students[2]!.studentId),
    draft: await applicationIn("DRAFT", mine.offerId, students[3]!.studentId),
    foreign: await applicationIn("SUBMITTED", theirs.offerId, students[4]!.studentId),
  };
  return { mine, theirs, students, ids };
}

describe("POST /applications/bulk-status", () => {
  it("moves the allowed ones, reports the refused and the foreign ones, and changes nothing else", async () => {
    const { mine, ids } = await pipeline();
    const before = await applicationCounts();
    const foreignHistory = await historyOf(ids.foreign);

    const response = await post(mine.headers, {
      ids: [ids.submitted, ids.review, ids.accepted, ids.foreign, ids.draft, ids.submitted],
      status: "SHORTLISTED",
    });

    expect(response.status).toBe(200);
    expect(response.body.moved).toEqual([
      { id: ids.submitted, status: "SHORTLISTED" },
      { id: ids.review, status: "SHORTLISTED" },
    ]);
    expect(response.body.failed).toEqual([
      {
        id: ids.accepted,
        code: "CONFLICT",
        reason: { key: "transitionNotAllowed", values: { from: "ACCEPTED", to: "SHORTLISTED" } },
        message: expect.stringContaining("cannot move"),
        allowed: [],
      },
      {
        id: ids.foreign,
        code: "NOT_FOUND",
        reason: { key: "applicationNotFound" },
        message: "This application does not exist.",
      },
      // A draft is the student's: the enterprise cannot tell it from an unknown id.
      {
        id: ids.draft,
        code: "NOT_FOUND",
        reason: { key: "applicationNotFound" },
        message: "This application does not exist.",
      },
    ]);

    expect(await statusOf(ids.submitted)).toBe("SHORTLISTED");
    expect(await statusOf(ids.review)).toBe("SHORTLISTED");
    expect(await statusOf(ids.accepted)).toBe("ACCEPTED");
    expect(await statusOf(ids.draft)).toBe("DRAFT");
    expect(await statusOf(ids.foreign)).toBe("SUBMITTED");
    expect(await historyOf(ids.foreign)).toBe(foreignHistory);

    // Two moves, each written as a single move writes it: a history row, an audit entry, an event,
    // and the student told in the app and by e-mail.
    const after = await applicationCounts();
    expect(after.applications).toBe(before.applications);
    expect(after.changes - before.changes).toBe(2);
    expect(after.audit - before.audit).toBe(2);
    const events = await db.outboxEvent.findMany({ where: { name: { startsWith: "application." } } });
    expect(events.map((e) => e.name)).toEqual(["application.status-changed", "application.status-changed"]);
    expect(events.map((e) => (e.data as { applicationId: string }).applicationId).sort()).toEqual(
      [ids.submitted, ids.review].sort(),
    );
    expect(after.notifications).toBeGreaterThan(before.notifications);
  });

  it("declines several with one reason and one message, kept on each", async () => {
    const { mine, ids } = await pipeline();
    const response = await post(mine.headers, {
      ids: [ids.submitted, ids.review],
      status: "REJECTED",
      reason: "POSITION_FILLED",
      message: "Le poste est pourvu, merci de votre intérêt.",
    });
    expect(response.status).toBe(200);
    expect(response.body.failed).toEqual([]);
    const changes = await db.applicationStatusChange.findMany({
      where: { applicationId: { in: [ids.submitted, ids.review] }, toStatus: "REJECTED" },
    });
    expect(changes).toHaveLength(2);
    for (const change of changes) {
      expect(change).toMatchObject({
        rejectionReason: "POSITION_FILLED",
        note: "Le poste est pourvu, merci de votre intérêt.",
      });
    }
    await settleWorkflows();
    expect(await db.outboxEvent.count({ where: { name: "application.rejected" } })).toBe(2);
  });

  it("declines several with a template, filled in for each student in their language", async () => {
    const mine = await enterpriseWithOffer();
    const fr = await studentWithCv({ locale: "fr" });
    const en = await studentWithCv({ locale: "en" });
    const ids = [
      await applicationIn("SUBMITTED", mine.offerId, fr.studentId),
      await applicationIn("UNDER_REVIEW", mine.offerId, en.studentId),
    ];
    const template = await db.rejectionTemplate.create({
      data: {
        enterpriseId: mine.enterpriseId,
        name: "Après entretien",
        reason: "OTHER_CANDIDATE_PREFERRED",
        bodyFr: "Bonjour {studentName}, merci pour « {offerTitle} ».",
        bodyEn: "Hello {studentName}, thank you for “{offerTitle}”.",
      },
    });
    const offer = await db.offer.findUniqueOrThrow({ where: { id: mine.offerId } });
    const response = await post(mine.headers, {
      ids,
      status: "REJECTED",
      reason: "OTHER_CANDIDATE_PREFERRED",
      templateId: template.id,
    });
    expect(response.status).toBe(200);
    expect(response.body.failed).toEqual([]);
    const noteOf = async (applicationId: string) =>
      (await db.applicationStatusChange.findFirstOrThrow({ where: { applicationId, toStatus: "REJECTED" } })).note;
    const name = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).name;
    expect(await noteOf(ids[0]!)).toBe(`Bonjour ${await name(fr.user.id)}, merci pour « ${offer.title} ».`);
    expect(await noteOf(ids[1]!)).toBe(`Hello ${await name(en.user.id)}, thank you for “${offer.title}”.`);

    // A built-in template works the same way.
    const third = await applicationIn("SUBMITTED", mine.offerId, (await studentWithCv()).studentId);
    const builtIn = await post(mine.headers, {
      ids: [third],
      status: "REJECTED",
      reason: "POSITION_FILLED",
      templateId: "builtin-positionFilled",
    });
    expect(builtIn.body.moved).toEqual([{ id: third, status: "REJECTED" }]);
    expect(await noteOf(third)).toContain(offer.title);
  });

  it("answers 404 and declines no one for a template that is not the enterprise's", async () => {
    const { mine, theirs, ids } = await pipeline();
    const foreign = await db.rejectionTemplate.create({
      data: { enterpriseId: theirs.enterpriseId, name: "Theirs", bodyFr: "Non." },
    });
    const before = await applicationCounts();
    for (const templateId of [foreign.id, "builtin-nope"]) {
      const response = await post(mine.headers, {
        ids: [ids.submitted, ids.review],
        status: "REJECTED",
        reason: "OTHER",
        templateId,
      });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.body.type).toContain("not-found");
    }
    expect(await applicationCounts()).toEqual(before);
    expect(await statusOf(ids.submitted)).toBe("SUBMITTED");
  });

  it("answers 404 and moves nothing when no id is one of the caller's", async () => {
    const { theirs, ids } = await pipeline();
    const before = await applicationCounts();
    const response = await post(theirs.headers, { ids: [ids.submitted, ids.review, "nope"], status: "UNDER_REVIEW" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await applicationCounts()).toEqual(before);
    expect(await statusOf(ids.submitted)).toBe("SUBMITTED");
  });

  it("refuses tutors and students with 403, and nothing moves", async () => {
    const { mine, students, ids } = await pipeline();
    const tutor = await memberOf(mine.enterpriseId, "TUTOR");
    const before = await applicationCounts();
    for (const headers of [tutor.headers, students[0]!.headers]) {
      const response = await post(headers, { ids: [ids.submitted], status: "UNDER_REVIEW" });
      expect(response.status).toBe(403);
    }
    expect(await applicationCounts()).toEqual(before);
  });

  it.each([
    ["no ids", { ids: [], status: "UNDER_REVIEW" }, "ids"],
    ["ids that are not a list", { ids: "abc", status: "UNDER_REVIEW" }, "ids"],
    ["too many ids", { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`), status: "UNDER_REVIEW" }, "ids"],
    ["an unknown status", { ids: ["x"], status: "HIRED" }, "status"],
    ["a decline without a reason", { ids: ["x"], status: "REJECTED" }, "reason"],
    ["a message too long", { ids: ["x"], status: "REJECTED", reason: "OTHER", message: "x".repeat(2001) }, "message"],
    [
      "a template with a move that is not a decline",
      { ids: ["x"], status: "UNDER_REVIEW", templateId: "builtin-positionFilled" },
      "templateId",
    ],
    [
      "a template id too long",
      { ids: ["x"], status: "REJECTED", reason: "OTHER", templateId: "t".repeat(61) },
      "templateId",
    ],
  ])("answers %s with 400 problem+json, and nothing moves", async (_name, body, field) => {
    const { mine, ids } = await pipeline();
    const before = await applicationCounts();
    const sent = { ...body, ids: Array.isArray(body.ids) && body.ids[0] === "x" ? [ids.submitted] : body.ids };
    const response = await post(mine.headers, sent);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ field: expect.stringMatching(new RegExp(`^${field}`)) }),
    );
    expect(await applicationCounts()).toEqual(before);
    expect(await statusOf(ids.submitted)).toBe("SUBMITTED");
  });
});

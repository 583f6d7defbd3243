import { beforeEach, describe, expect, it, vi } from "vitest";
import { listOfferApplications } from "@/lib/applications/list-offer-applications";
import { db } from "@/lib/core/db";
import { applicationIn, enterpriseWithOffer, memberOf, studentWithCv } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { GET as getCriteria, PUT as putCriteria } from "../offers/[id]/scorecard-criteria/route";
import { GET as getScorecards, PUT as putScorecard } from "./[id]/scorecards/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

type Headers = Record<string, string>;
const card = (ratings: Record<string, unknown>, recommendation = "YES", comment?: string) => ({
  ratings,
  recommendation,
  ...(comment && { comment }),
});
const all = (technical: number, motivation: number, communication: number, teamFit: number) => ({
  technical,
  motivation,
  communication,
  teamFit,
});
const put = (headers: Headers, id: string, body: unknown) =>
  callRoute(putScorecard, { method: "PUT", params: { id }, body, headers });
const read = (headers: Headers, id: string) => callRoute(getScorecards, { method: "GET", params: { id }, headers });
const fieldsOf = (problem: { errors?: { field: string; code: string }[] }) =>
  Object.fromEntries((problem.errors ?? []).map((error) => [error.field, error.code]));

/** An enterprise with an offer, a sent application to it, and two more members to evaluate. */
async function scene() {
  const enterprise = await enterpriseWithOffer();
  const student = await studentWithCv();
  const applicationId = await applicationIn("UNDER_REVIEW", enterprise.offerId, student.studentId);
  const recruiter = await memberOf(enterprise.enterpriseId, "RECRUITER");
  const tutor = await memberOf(enterprise.enterpriseId, "TUTOR");
  return { enterprise, student, applicationId, recruiter, tutor };
}

describe("scorecards", () => {
  it("averages two and three evaluators per criterion, overall and by recommendation", async () => {
    const { enterprise, applicationId, recruiter, tutor } = await scene();
    expect(
      (await put(enterprise.headers, applicationId, card(all(4, 3, 2, 1), "STRONG_YES", "Très solide."))).status,
    ).toBe(200);
    const two = await put(recruiter.headers, applicationId, card(all(2, 3, 4, 3), "NO"));
    expect(two.status).toBe(200);
    expect(two.body.summary.count).toBe(2);
    // (2.5 + 3) / 2
    expect(two.body.summary.overall).toBe(2.75);
    expect(two.body.summary.criteria.map((c: { key: string; average: number }) => [c.key, c.average])).toEqual([
      ["technical", 3],
      ["motivation", 3],
      ["communication", 3],
      ["teamFit", 2],
    ]);
    const three = await put(tutor.headers, applicationId, card(all(1, 1, 2, 2), "STRONG_NO"));
    expect(three.body.summary).toMatchObject({
      count: 3,
      // (2.5 + 3 + 1.5) / 3
      overall: 2.33,
      recommendation: 2.33, // (4 + 2 + 1) / 3
      recommendations: { STRONG_NO: 1, NO: 1, YES: 0, STRONG_YES: 1 },
    });
    expect(three.body.summary.criteria.map((c: { average: number }) => c.average)).toEqual([2.33, 2.33, 2.67, 2]);
    expect(three.body.others).toHaveLength(2);
    expect(await db.applicationEvaluation.count({ where: { applicationId } })).toBe(3);

    // The applicants list carries the average (for a member who has scored).
    const list = await listOfferApplications(enterprise.actor, enterprise.offerId);
    expect(list.items.find((a) => a.id === applicationId)).toMatchObject({ scoreAverage: 2.33, scorecards: 3 });
  });

  it("hides the others' scorecards from an evaluator until they send their own", async () => {
    const { enterprise, applicationId, recruiter } = await scene();
    await put(enterprise.headers, applicationId, card(all(4, 4, 4, 4), "STRONG_YES", "Le meilleur profil."));

    const before = await read(recruiter.headers, applicationId);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ mine: null, others: [], summary: null, hiddenCount: 1 });
    expect(JSON.stringify(before.body)).not.toContain("Le meilleur profil.");
    // Nor does the applicants list give the average away.
    const hiddenList = await listOfferApplications(recruiter.actor, enterprise.offerId);
    expect(hiddenList.items.find((a) => a.id === applicationId)).toMatchObject({ scoreAverage: null, scorecards: 1 });

    await put(recruiter.headers, applicationId, card(all(2, 2, 2, 2), "NO"));
    const after = await read(recruiter.headers, applicationId);
    expect(after.body.hiddenCount).toBe(0);
    expect(after.body.mine).toMatchObject({ recommendation: "NO", score: 2 });
    expect(after.body.others).toHaveLength(1);
    expect(after.body.others[0]).toMatchObject({ comment: "Le meilleur profil.", recommendation: "STRONG_YES" });
    expect(after.body.summary.overall).toBe(3);
  });

  it("keeps one scorecard per evaluator: sending again replaces it", async () => {
    const { enterprise, applicationId } = await scene();
    await put(enterprise.headers, applicationId, card(all(1, 1, 1, 1), "NO"));
    const again = await put(enterprise.headers, applicationId, card(all(4, 4, 4, 3), "STRONG_YES"));
    expect(again.body.mine).toMatchObject({ score: 3.75, recommendation: "STRONG_YES" });
    expect(await db.applicationEvaluation.count({ where: { applicationId } })).toBe(1);
  });

  it("refuses a rating outside 1–4, a missing criterion or recommendation, with field reasons, and writes nothing", async () => {
    const { enterprise, applicationId } = await scene();
    await put(enterprise.headers, applicationId, card(all(3, 3, 3, 3), "YES", "Avant."));
    const before = await db.applicationEvaluation.findFirstOrThrow({ where: { applicationId } });
    const audit = await db.auditLog.count();

    const tooHigh = await put(enterprise.headers, applicationId, card(all(5, 0, 2.5, 3), "YES"));
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.headers.get("content-type")).toBe("application/problem+json");
    expect(fieldsOf(tooHigh.body)).toEqual({
      "ratings.technical": "tooLarge",
      "ratings.motivation": "tooSmall",
      "ratings.communication": "integer",
    });
    expect(tooHigh.body.errors[0].message).toBe("4 maximum.");

    const incomplete = await put(enterprise.headers, applicationId, {
      ratings: { technical: 3 },
      recommendation: "MAYBE",
    });
    expect(incomplete.status).toBe(400);
    expect(fieldsOf(incomplete.body)).toMatchObject({
      "ratings.motivation": "required",
      "ratings.communication": "required",
      "ratings.teamFit": "required",
      recommendation: "choice",
    });
    expect((await put(enterprise.headers, applicationId, { ratings: "4" })).status).toBe(400);

    expect(await db.applicationEvaluation.findFirstOrThrow({ where: { applicationId } })).toEqual(before);
    expect(await db.auditLog.count()).toBe(audit);
  });

  it("is closed to students, other enterprises and anonymous callers, who write nothing", async () => {
    const { enterprise, student, applicationId } = await scene();
    const other = await enterpriseWithOffer();
    await put(enterprise.headers, applicationId, card(all(3, 3, 3, 3)));
    const body = card(all(1, 1, 1, 1), "STRONG_NO");
    expect((await read(other.headers, applicationId)).status).toBe(404);
    expect((await put(other.headers, applicationId, body)).status).toBe(404);
    expect((await read(student.headers, applicationId)).status).toBe(403);
    expect((await put(student.headers, applicationId, body)).status).toBe(403);
    expect((await put({}, applicationId, body)).status).toBe(401);
    expect(await db.applicationEvaluation.count({ where: { applicationId } })).toBe(1);
  });
});

describe("scorecard criteria per offer", () => {
  it("rates the offer's own criteria once set, keeping the keys of those kept", async () => {
    const { enterprise, applicationId } = await scene();
    const defaults = await callRoute(getCriteria, {
      method: "GET",
      params: { id: enterprise.offerId },
      headers: enterprise.headers,
    });
    expect(defaults.body).toMatchObject({ custom: false, criteria: [{ key: "technical", label: null }, {}, {}, {}] });

    const set = await callRoute(putCriteria, {
      method: "PUT",
      params: { id: enterprise.offerId },
      headers: enterprise.headers,
      body: { criteria: [{ key: "technical", label: "TypeScript" }, { label: "Curiosité" }] },
    });
    expect(set.status).toBe(200);
    expect(set.body.custom).toBe(true);
    const [kept, added] = set.body.criteria;
    expect(kept).toEqual({ key: "technical", label: "TypeScript" });
    expect(added.key).toMatch(/^c-/);

    const refused = await put(enterprise.headers, applicationId, card(all(3, 3, 3, 3)));
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused.body)).toEqual({ [`ratings.${added.key}`]: "required" });
    const sent = await put(enterprise.headers, applicationId, card({ technical: 4, [added.key]: 2 }));
    expect(sent.body.mine.ratings).toEqual([
      { key: "technical", label: "TypeScript", rating: 4 },
      { key: added.key, label: "Curiosité", rating: 2 },
    ]);
  });

  it("refuses bad criteria and other enterprises' offers, and lets tutors only read", async () => {
    const { enterprise, tutor } = await scene();
    const other = await enterpriseWithOffer();
    const at = (headers: Headers, body: unknown, id = enterprise.offerId) =>
      callRoute(putCriteria, { method: "PUT", params: { id }, headers, body });
    const empty = await at(enterprise.headers, { criteria: [{ label: "" }, { key: "a b", label: "x" }] });
    expect(empty.status).toBe(400);
    expect(fieldsOf(empty.body)).toEqual({ "criteria.0.label": "required", "criteria.1.key": "choice" });
    const twice = await at(enterprise.headers, {
      criteria: [
        { key: "k", label: "A" },
        { key: "k", label: "B" },
      ],
    });
    expect(fieldsOf(twice.body)).toEqual({ "criteria.1.key": "duplicate" });
    expect((await at(other.headers, { criteria: [{ label: "A" }] })).status).toBe(404);
    expect((await at(tutor.headers, { criteria: [{ label: "A" }] })).status).toBe(403);
    expect(await db.offerScorecard.count({ where: { offerId: enterprise.offerId } })).toBe(0);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { internshipWithParties, universityWithStaff } from "@/tests/helpers/internship-evaluations";
import { listDueEvaluations } from "./list-due-evaluations";
import { submitEvaluation } from "./submit-evaluation";

// The internships of the helper run from 2026-03-02 to 2026-08-28: the tutor's mid-term form opens
// on 2026-05-30, the final forms two weeks before the end (2026-08-14).
const BEFORE_MIDTERM = new Date("2026-04-01T12:00:00Z");
const AFTER_MIDTERM = new Date("2026-06-01T12:00:00Z");
const AT_THE_END = new Date("2026-08-20T12:00:00Z");

type University = Awaited<ReturnType<typeof universityWithStaff>>;
let uni: University;
let otherUni: University;

beforeAll(async () => {
  uni = await universityWithStaff();
  otherUni = await universityWithStaff();
});

const kindsOf = (items: { kind: string; internshipId: string }[], internshipId: string) =>
  items.filter((item) => item.internshipId === internshipId).map((item) => item.kind);

describe("the evaluations a caller must still fill", () => {
  it("names the tutor's forms once they open, and drops one once submitted", async () => {
    const internship = await internshipWithParties(uni);
    const tutor = internship.tutor!.actor;
    expect(kindsOf(await listDueEvaluations(tutor, BEFORE_MIDTERM), internship.internshipId)).toEqual([]);
    expect(kindsOf(await listDueEvaluations(tutor, AFTER_MIDTERM), internship.internshipId)).toEqual(["TUTOR_MIDTERM"]);
    expect(kindsOf(await listDueEvaluations(tutor, AT_THE_END), internship.internshipId)).toEqual([
      "TUTOR_MIDTERM",
      "TUTOR_FINAL",
    ]);

    await submitEvaluation(tutor, internship.internshipId, {
      kind: "TUTOR_MIDTERM",
      answers: {
        adaptation: 4,
        punctuality: 5,
        communication: 4,
        autonomy: 3,
        initiative: 4,
        rigour: 5,
        objectivesMet: 4,
        level: "meets",
      },
    });
    const due = await listDueEvaluations(tutor, AT_THE_END);
    expect(kindsOf(due, internship.internshipId)).toEqual(["TUTOR_FINAL"]);
    expect(due.find((item) => item.internshipId === internship.internshipId)).toMatchObject({
      studentName: internship.student.user.name,
      opensOn: new Date("2026-08-14T00:00:00Z"),
    });
  });

  it("gives the student theirs, the assigned supervisor theirs, and nothing to those who fill none", async () => {
    const internship = await internshipWithParties(uni);
    const id = internship.internshipId;
    expect(kindsOf(await listDueEvaluations(internship.student.actor, AT_THE_END), id)).toEqual([
      "STUDENT_SELF",
      "STUDENT_HOST",
    ]);
    expect(kindsOf(await listDueEvaluations(uni.supervisor.actor, AT_THE_END), id)).toEqual(["SUPERVISOR"]);
    expect(kindsOf(await listDueEvaluations(internship.enterpriseAdmin.actor, AT_THE_END), id)).toEqual([]);
    expect(await listDueEvaluations(uni.admin.actor, AT_THE_END)).toEqual([]);
    // Another university's supervisor does not follow it.
    expect(kindsOf(await listDueEvaluations(otherUni.supervisor.actor, AT_THE_END), id)).toEqual([]);
  });

  it("asks nothing once the internship is no longer under way", async () => {
    const internship = await internshipWithParties(uni);
    await db.internship.update({
      where: { id: internship.internshipId },
      data: { status: "TERMINATED", terminatedAt: new Date() },
    });
    expect(kindsOf(await listDueEvaluations(internship.tutor!.actor, AT_THE_END), internship.internshipId)).toEqual([]);
    expect(kindsOf(await listDueEvaluations(uni.supervisor.actor, AT_THE_END), internship.internshipId)).toEqual([]);
  });

  it("refuses an anonymous caller", async () => {
    await expect(listDueEvaluations(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

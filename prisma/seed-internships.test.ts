import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { loadActor } from "@/lib/identity/actor";
import { missingForCompletion } from "@/lib/internships/completion-requirements";
import { getInternship } from "@/lib/internships/get-internship";
import { listDueEvaluations } from "@/lib/internships/list-due-evaluations";
import { listVisits } from "@/lib/internships/list-visits";
import { listFollowedInternships } from "@/lib/internships/list-followed-internships";
import { seedDemoData } from "./seed";

beforeAll(async () => {
  await seedDemoData(db as never);
}, 120_000);

const actorByEmail = async (email: string) =>
  (await loadActor((await db.user.findUniqueOrThrow({ where: { email } })).id))!;

describe("the demo internships", () => {
  it("show the demo student her internship under way: one logbook week missing, an open issue", async () => {
    const lea = await actorByEmail("etudiant1@demo.stagiaire.app");
    const { groups } = await listFollowedInternships(lea);
    expect(groups.ACTIVE).toHaveLength(1);
    const view = await getInternship(lea, groups.ACTIVE[0]!.id);
    expect(view.logbook.weeks).toHaveLength(4);
    expect(view.logbook.missingWeeks).toHaveLength(1);
    expect(view.issues).toEqual([expect.objectContaining({ status: "OPEN", category: "WORKLOAD" })]);
    expect(view.attendance.totals).toMatchObject({ present: 3, remote: 1, absent: 1, absences: { SCHOOL: 1 } });
    expect(view.can).toContain("writeLogbook");
    const agreement = await db.agreement.findUniqueOrThrow({
      where: { id: view.agreementId },
      include: { steps: true },
    });
    expect(agreement.status).toBe("VALIDATED");
    expect(agreement.steps.every((s) => s.status === "SIGNED")).toBe(true);
  });

  it("show the demo supervisor, tutor and university admin both, the one needing attention first", async () => {
    for (const email of [
      "encadrant@demo.stagiaire.app",
      "rh@numeria.demo.stagiaire.app",
      "universite@demo.stagiaire.app",
    ]) {
      const { groups } = await listFollowedInternships(await actorByEmail(email));
      expect(groups.ACTIVE).toEqual([
        expect.objectContaining({ openIssues: 1, missingWeeks: 1 }),
        expect.objectContaining({ openIssues: 0, missingWeeks: 0 }),
      ]);
      expect(groups.COMPLETED).toEqual([expect.objectContaining({ missingWeeks: 0 })]);
    }
  });

  it("show the completed internship complete: its final report validated, every evaluation, a visit reported", async () => {
    const supervisor = await actorByEmail("encadrant@demo.stagiaire.app");
    const { groups } = await listFollowedInternships(supervisor);
    const id = groups.COMPLETED[0]!.id;
    expect((await getInternship(supervisor, id)).finalReportValidated).toBe(true);
    expect(await missingForCompletion(db, id)).toEqual([]);
    const evaluations = await db.internshipEvaluation.findMany({ where: { internshipId: id } });
    expect(evaluations.map((e) => e.formKind).sort()).toEqual(
      ["STUDENT_HOST", "STUDENT_SELF", "SUPERVISOR", "TUTOR_FINAL", "TUTOR_MIDTERM"].sort(),
    );
    expect(evaluations.every((e) => e.overall !== null && e.overall > 0)).toBe(true);
    const [visit] = await listVisits(supervisor, id);
    expect(visit).toMatchObject({ status: "DONE", mode: "ON_SITE" });
  });

  it("show the ending internship waiting only for the tutor's final evaluation, which the tutor sees due", async () => {
    const theo = await actorByEmail("etudiant8@demo.stagiaire.app");
    const { groups } = await listFollowedInternships(theo);
    expect(groups.ACTIVE).toHaveLength(1);
    const id = groups.ACTIVE[0]!.id;
    expect(await missingForCompletion(db, id)).toEqual(["tutorFinalEvaluationMissing"]);
    const due = await listDueEvaluations(await actorByEmail("rh@numeria.demo.stagiaire.app"));
    expect(due).toContainEqual(expect.objectContaining({ internshipId: id, kind: "TUTOR_FINAL" }));
    const view = await getInternship(theo, id);
    expect(view.logbook.missingWeeks).toEqual([]);
    expect(view.logbook.weeks[0]!.summary).toContain("**passation**");
  });
});

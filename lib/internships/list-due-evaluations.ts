import { db } from "@/lib/core/db";
import type { EvaluationFormKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { evaluationInternshipSelect, formsFilledBy } from "./evaluation-internship";
import { opensOn } from "./evaluation-kinds";
import { internshipScope } from "./policy";

export type DueEvaluation = {
  internshipId: string;
  kind: EvaluationFormKind;
  studentName: string;
  enterpriseName: string;
  opensOn: Date;
};

/**
 * What the caller must still fill: on their internships under way, each of their own forms that is
 * open (its opening day has come) and not submitted, the oldest opening first.
 */
export async function listDueEvaluations(actor: Actor | null, now = new Date()): Promise<DueEvaluation[]> {
  const me = requireActor(actor);
  if (me.role === "SYSTEM_ADMIN" || me.role === "UNIVERSITY_ADMIN") return [];
  const internships = await db.internship.findMany({
    where: { AND: [internshipScope(me), { status: "ACTIVE" }] },
    select: { ...evaluationInternshipSelect, evaluations: { select: { formKind: true } } },
    orderBy: { endDate: "asc" },
    take: 200,
  });
  const due: DueEvaluation[] = [];
  for (const internship of internships) {
    for (const kind of formsFilledBy(me, internship)) {
      const opens = opensOn(kind, internship);
      if (opens > now || internship.evaluations.some((e) => e.formKind === kind)) continue;
      due.push({
        internshipId: internship.id,
        kind,
        studentName: internship.student.user.name,
        enterpriseName: internship.enterprise.name,
        opensOn: opens,
      });
    }
  }
  return due.sort((a, b) => a.opensOn.getTime() - b.opensOn.getTime());
}

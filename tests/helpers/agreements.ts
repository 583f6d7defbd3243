import { POST as submitRoute } from "@/app/api/v1/agreements/[id]/submit/route";
import { POST as draftRoute } from "@/app/api/v1/universities/[id]/conventions/route";
import { saveCircuit } from "@/lib/agreements/save-circuit";
import { db } from "@/lib/core/db";
import type { AgreementParty } from "@/lib/generated/prisma/enums";
import { actorOf, applicationIn, bearer, enterpriseWithOffer, memberOf, studentWithCv } from "./applications";
import { callRoute } from "./call-route";
import { createUser } from "./users";

/**
 * A French university with a circuit of `parties`, a verified enterprise with a tutor, and a
 * drafted agreement of an accepted student (submitted for signature when `submit` is set).
 */
export async function agreementWorld(options: { submit?: boolean; parties?: AgreementParty[] } = {}): Promise<{
  id: string;
  universityId: string;
  student: Awaited<ReturnType<typeof studentWithCv>>;
  enterprise: Awaited<ReturnType<typeof enterpriseWithOffer>>;
  admin: { user: Awaited<ReturnType<typeof createUser>>; headers: Record<string, string> };
}> {
  const parties = options.parties ?? ["STUDENT", "ENTERPRISE_SIGNATORY", "UNIVERSITY_VALIDATOR"];
  const university = await db.university.create({ data: { name: "Université de Lyon", country: "FR" } });
  const admin = await createUser("UNIVERSITY_ADMIN", { universityId: university.id });
  const enterprise = await enterpriseWithOffer({ stipendAmountMinor: 90_000, durationWeeks: 24 });
  await memberOf(enterprise.enterpriseId, "TUTOR");
  const student = await studentWithCv();
  await db.student.update({ where: { id: student.studentId }, data: { universityId: university.id } });
  const applicationId = await applicationIn("ACCEPTED", enterprise.offerId, student.studentId);
  await saveCircuit(await actorOf(admin.id), university.id, {
    steps: parties.map((party) => ({ party, deadlineDays: 5 })),
  });
  const drafted = await callRoute(draftRoute, {
    params: { id: university.id },
    body: { applicationId },
    headers: student.headers,
  });
  if (drafted.status !== 201) throw new Error(`drafting answered ${drafted.status}`);
  const id = (drafted.body as { id: string }).id;
  if (options.submit) {
    const submitted = await callRoute(submitRoute, { params: { id }, body: {}, headers: student.headers });
    if (submitted.status !== 200) throw new Error(`submitting answered ${submitted.status}`);
  }
  return { id, universityId: university.id, student, enterprise, admin: { user: admin, headers: await bearer(admin) } };
}

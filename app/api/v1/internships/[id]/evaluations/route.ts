import { apiRoute } from "@/lib/core/api-route";
import { listInternshipEvaluations } from "@/lib/internships/list-internship-evaluations";
import { submitEvaluation } from "@/lib/internships/submit-evaluation";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  listInternshipEvaluations(await actor(), params.id),
);

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => submitEvaluation(await actor(), params.id, await body()),
  { status: 201 },
);

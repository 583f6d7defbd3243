import { apiRoute } from "@/lib/core/api-route";
import { getEvaluationForm } from "@/lib/internships/get-evaluation-form";
import { saveEvaluationForm } from "@/lib/internships/save-evaluation-form";

export const GET = apiRoute<{ id: string; kind: string }>(async ({ actor, params }) =>
  getEvaluationForm(await actor(), params.id, params.kind),
);

export const PUT = apiRoute<{ id: string; kind: string }>(async ({ actor, params, body }) =>
  saveEvaluationForm(await actor(), params.id, params.kind, await body()),
);

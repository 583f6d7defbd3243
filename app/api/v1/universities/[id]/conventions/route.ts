import { apiRoute } from "@/lib/core/api-route";
import { draftAgreement } from "@/lib/agreements/draft-agreement";
import { listUniversityAgreements } from "@/lib/agreements/list-university-agreements";

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => draftAgreement(await actor(), params.id, await body()),
  { status: 201 },
);

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) =>
  listUniversityAgreements(await actor(), params.id, query()),
);

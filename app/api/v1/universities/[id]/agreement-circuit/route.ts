import { apiRoute } from "@/lib/core/api-route";
import { getCircuit } from "@/lib/agreements/get-circuit";
import { saveCircuit } from "@/lib/agreements/save-circuit";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) =>
  getCircuit(await actor(), params.id, query().departmentId?.slice(0, 40) || null),
);

export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  saveCircuit(await actor(), params.id, await body()),
);

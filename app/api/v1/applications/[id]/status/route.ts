import { apiRoute } from "@/lib/core/api-route";
import { changeApplicationStatus } from "@/lib/applications/change-application-status";

export const PATCH = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  changeApplicationStatus(await actor(), params.id, await body()),
);

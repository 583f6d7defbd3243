import { apiRoute } from "@/lib/core/api-route";
import { changeInternshipStatus } from "@/lib/internships/change-internship-status";

export const PATCH = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  changeInternshipStatus(await actor(), params.id, await body()),
);

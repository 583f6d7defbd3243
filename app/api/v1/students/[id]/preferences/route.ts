import { apiRoute } from "@/lib/core/api-route";
import { updatePreferences } from "@/lib/students/update-preferences";

export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  updatePreferences(await actor(), params.id, await body()),
);

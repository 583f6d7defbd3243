import { apiRoute } from "@/lib/core/api-route";
import { getProfileImport } from "@/lib/profile-import/get-profile-import";

export const GET = apiRoute<{ id: string; importId: string }>(async ({ actor, params }) =>
  getProfileImport(await actor(), params.id, params.importId),
);

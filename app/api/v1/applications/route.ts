import { apiRoute } from "@/lib/core/api-route";
import { createApplication } from "@/lib/applications/create-application";

export const POST = apiRoute(async ({ actor, body }) => createApplication(await actor(), await body()), {
  status: 201,
});

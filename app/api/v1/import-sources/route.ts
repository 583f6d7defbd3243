import { apiRoute } from "@/lib/core/api-route";
import { createImportSource } from "@/lib/imports/create-import-source";
import { listImportSources } from "@/lib/imports/list-import-sources";

export const GET = apiRoute(async ({ actor, query }) => listImportSources(await actor(), query()));

export const POST = apiRoute(async ({ actor, body }) => createImportSource(await actor(), await body()), {
  status: 201,
});

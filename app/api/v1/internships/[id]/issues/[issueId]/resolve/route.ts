import { apiRoute } from "@/lib/core/api-route";
import { resolveIssue } from "@/lib/internships/resolve-issue";

export const POST = apiRoute<{ id: string; issueId: string }>(async ({ actor, params, body }) =>
  resolveIssue(await actor(), params.id, params.issueId, await body()),
);

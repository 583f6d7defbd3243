import { apiRoute } from "@/lib/core/api-route";
import { listIssues } from "@/lib/internships/list-issues";
import { raiseIssue } from "@/lib/internships/raise-issue";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => listIssues(await actor(), params.id));

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => raiseIssue(await actor(), params.id, await body()),
  { status: 201 },
);

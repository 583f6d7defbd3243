import { apiRoute } from "@/lib/core/api-route";
import { listRosterStudents } from "@/lib/universities/list-roster-students";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) => {
  const { items, nextCursor } = await listRosterStudents(await actor(), params.id, query());
  return { items, nextCursor };
});

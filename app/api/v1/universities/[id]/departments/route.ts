import { apiRoute } from "@/lib/core/api-route";
import { listDepartments } from "@/lib/universities/list-departments";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const { items } = await listDepartments(await actor(), params.id);
  return { items, nextCursor: null };
});

import { apiRoute } from "@/lib/core/api-route";
import { listSupervisors } from "@/lib/universities/list-supervisors";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const { items, invitations } = await listSupervisors(await actor(), params.id);
  return { items, invitations, nextCursor: null };
});

import { apiRoute } from "@/lib/core/api-route";
import { visitInvite } from "@/lib/internships/visit-invite";

export const GET = apiRoute<{ id: string; visitId: string }>(async ({ actor, params }) => {
  const invite = await visitInvite(await actor(), params.id, params.visitId);
  return new Response(invite.ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${invite.fileName}"`,
      "cache-control": "private, max-age=0",
    },
  });
});

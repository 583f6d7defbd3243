import { apiRoute } from "@/lib/core/api-route";
import { signatureInvite } from "@/lib/calendar/signature-invite";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const invite = await signatureInvite(await actor(), params.id);
  return new Response(invite.ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${invite.fileName}"`,
      "cache-control": "private, max-age=0",
    },
  });
});

import { apiRoute } from "@/lib/core/api-route";
import { visitInvite, visitInviteBySignature } from "@/lib/internships/visit-invite";

/** For the internship's parties by session or token; for a tutor without an account by the signed link (`sig`). */
export const GET = apiRoute<{ id: string; visitId: string }>(async ({ actor, params, query }) => {
  const { sig } = query();
  const invite =
    sig === undefined
      ? await visitInvite(await actor(), params.id, params.visitId)
      : await visitInviteBySignature(params.id, params.visitId, sig);
  return new Response(invite.ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${invite.fileName}"`,
      "cache-control": "private, max-age=0",
    },
  });
});

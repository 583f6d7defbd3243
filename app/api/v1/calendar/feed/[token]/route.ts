import { apiRoute } from "@/lib/core/api-route";
import { readCalendarFeed } from "@/lib/calendar/read-calendar-feed";

/** The private subscription: the token in the path is the only authority (no session, no bearer). */
export const GET = apiRoute<{ token: string }>(async ({ params }) => {
  const { ics } = await readCalendarFeed(params.token);
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="stagiaire.ics"',
      "cache-control": "private, max-age=0",
      "x-robots-tag": "noindex",
    },
  });
});

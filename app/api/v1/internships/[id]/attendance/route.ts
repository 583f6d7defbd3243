import { apiRoute } from "@/lib/core/api-route";
import { recordAttendance } from "@/lib/internships/record-attendance";

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => recordAttendance(await actor(), params.id, await body()),
  { status: 201 },
);

import { apiRoute } from "@/lib/core/api-route";
import { cancelInterviewBooking } from "@/lib/applications/cancel-interview-booking";

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) =>
  cancelInterviewBooking(await actor(), params.id),
);

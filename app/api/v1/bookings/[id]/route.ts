import { cancelInterviewBooking } from "@/lib/applications/cancel-interview-booking";
import { apiRoute } from "@/lib/core/api-route";
import { AppError } from "@/lib/core/errors";
import { readCappedText } from "@/lib/core/read-body";

/** The body is optional: the enterprise may send `{ "message": "…" }` for the student; none is `{}`. */
async function optionalJson(request: Request): Promise<unknown> {
  const text = request.body ? await readCappedText(request, 64 * 1024) : "";
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "bodyNotJson");
  }
}

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params, request }) =>
  cancelInterviewBooking(await actor(), params.id, await optionalJson(request)),
);

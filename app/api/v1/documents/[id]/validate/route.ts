import { apiRoute } from "@/lib/core/api-route";
import { validateDocument } from "@/lib/documents/validate-document";

/** `{ decision: "VALIDATED" | "REJECTED", reason? }`: a rejection needs its reason. */
export const POST = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  validateDocument(await actor(), params.id, await body()),
);

import { apiRoute } from "@/lib/core/api-route";
import { submitAgreement } from "@/lib/agreements/submit-agreement";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => submitAgreement(await actor(), params.id));

import { apiRoute } from "@/lib/core/api-route";
import { getAgreementHistory } from "@/lib/agreements/get-agreement";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getAgreementHistory(await actor(), params.id));

import { apiRoute } from "@/lib/core/api-route";
import { listAgreementsToSign } from "@/lib/agreements/list-agreements-to-sign";

export const GET = apiRoute(async ({ actor }) => ({ items: await listAgreementsToSign(await actor()) }));

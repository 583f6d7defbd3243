import { apiRoute } from "@/lib/core/api-route";
import { describeMe } from "@/lib/identity/describe-me";

export const GET = apiRoute(async ({ actor }) => describeMe(await actor()));

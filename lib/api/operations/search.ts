import type { ApiOperation } from "../operation";

/** Offer search, recommendations' neighbour: GET /offers/search (SPEC.md, "REST API"). */
export const searchOperations: ApiOperation[] = [];

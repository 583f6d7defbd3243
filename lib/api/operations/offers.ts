import type { ApiOperation } from "../operation";

/** The offers endpoints of /api/v1 (SPEC.md, "REST API"). */
export const offersOperations: ApiOperation[] = [];

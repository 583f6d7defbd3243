import type { ApiOperation } from "../operation";

/** The enterprises endpoints of /api/v1 (SPEC.md, "REST API"). */
export const enterprisesOperations: ApiOperation[] = [];

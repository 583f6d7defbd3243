import type { ApiOperation } from "../operation";

/** The students endpoints of /api/v1 (SPEC.md, "REST API"). */
export const studentsOperations: ApiOperation[] = [];

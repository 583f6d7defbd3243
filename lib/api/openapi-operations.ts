import type { ApiOperation } from "./operation";
import { agreementsOperations } from "./operations/agreements";
import { applicationsOperations } from "./operations/applications";
import { authOperations } from "./operations/auth";
import { certificatesOperations } from "./operations/certificates";
import { documentsOperations } from "./operations/documents";
import { enterprisesOperations } from "./operations/enterprises";
import { evaluationsOperations } from "./operations/evaluations";
import { importsOperations } from "./operations/imports";
import { internshipEvaluationsOperations } from "./operations/internship-evaluations";
import { internshipsOperations } from "./operations/internships";
import { internshipVisitsOperations } from "./operations/internship-visits";
import { interviewsOperations } from "./operations/interviews";
import { notificationsOperations } from "./operations/notifications";
import { offersOperations } from "./operations/offers";
import { searchOperations } from "./operations/search";
import { skillsOperations } from "./operations/skills";
import { studentsOperations } from "./operations/students";
import { universitiesOperations } from "./operations/universities";

export type { ApiOperation, HttpMethod, JsonSchema, OperationResponse } from "./operation";

/**
 * Every documented /api/v1 operation. Each slice keeps its own list in ./operations/<slice>.ts
 * and adds it here; build-openapi.test.ts fails when a route file has no entry.
 */
export const apiOperations: ApiOperation[] = [
  ...authOperations,
  ...offersOperations,
  ...searchOperations,
  ...studentsOperations,
  ...enterprisesOperations,
  ...documentsOperations,
  ...certificatesOperations,
  ...skillsOperations,
  ...applicationsOperations,
  ...agreementsOperations,
  ...interviewsOperations,
  ...internshipsOperations,
  ...internshipVisitsOperations,
  ...internshipEvaluationsOperations,
  ...evaluationsOperations,
  ...notificationsOperations,
  ...universitiesOperations,
  ...importsOperations,
];

import type { ApiOperation } from "./operation";
import { agreementsOperations } from "./operations/agreements";
import { applicationsOperations } from "./operations/applications";
import { assistantOperations } from "./operations/assistant";
import { auditOperations } from "./operations/audit";
import { authOperations } from "./operations/auth";
import { calendarOperations } from "./operations/calendar";
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
import { reportsOperations } from "./operations/reports";
import { searchOperations } from "./operations/search";
import { skillsOperations } from "./operations/skills";
import { profileImportsOperations } from "./operations/profile-imports";
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
  ...profileImportsOperations,
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
  ...assistantOperations,
  ...calendarOperations,
  ...reportsOperations,
  ...auditOperations,
];

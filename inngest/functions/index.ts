import type { ScheduledWorkflow, Workflow } from "../workflow";
import { askAgreementSigner, tellAgreementRefused } from "./agreement-workflows";
import {
  tellApplicationSubmitted,
  tellEnterpriseWithdrawn,
  tellStudentAccepted,
  tellStudentRejected,
  tellStudentStatusChanged,
} from "./application-notifications";
import { expireOffers, tellEnterpriseOfferExpired } from "./expire-offers";
import { tellInternshipEvaluated } from "./internship-evaluation-notifications";
import { activateInternships, tellIssueRaised } from "./internship-follow-up";
import {
  remindInterviews,
  tellInterviewBooked,
  tellInterviewCancelled,
  tellInterviewMoved,
} from "./interview-notifications";
import { pruneEventHistoryNightly } from "./prune-event-history";
import { eraseDueAccountsNightly } from "./erase-accounts";
import { savedSearchDigest } from "./saved-search-digest";
import { sendEmail } from "./send-email";
import { remindUnansweredApplicationsDaily } from "./unanswered-applications";

/** Every event-driven workflow of the application, served to Inngest or run in-process. */
export const workflows: Workflow[] = [
  sendEmail as Workflow,
  tellIssueRaised as Workflow,
  tellInternshipEvaluated as Workflow,
  askAgreementSigner as Workflow,
  tellAgreementRefused as Workflow,
  tellEnterpriseOfferExpired as Workflow,
  tellApplicationSubmitted as Workflow,
  tellStudentStatusChanged as Workflow,
  tellStudentAccepted as Workflow,
  tellStudentRejected as Workflow,
  tellEnterpriseWithdrawn as Workflow,
  tellInterviewBooked as Workflow,
  tellInterviewMoved as Workflow,
  tellInterviewCancelled as Workflow,
];

/** Every cron workflow, scheduled by Inngest or by the in-process timer. */
export const scheduledWorkflows: ScheduledWorkflow[] = [
  expireOffers,
  savedSearchDigest,
  pruneEventHistoryNightly,
  eraseDueAccountsNightly,
  remindInterviews,
  remindUnansweredApplicationsDaily,
  activateInternships,
];

import type { ScheduledWorkflow, Workflow } from "../workflow";
import { storeAgreementDocumentToSign, storeAmendedAgreementPdf, storeSignedAgreementPdf } from "./agreement-pdf";
import {
  askAgreementSigner,
  askAmendmentSignerWorkflow,
  remindAgreementSignersDaily,
  tellAgreementRefused,
  tellAmendmentRefusedWorkflow,
  tellAmendmentSignedWorkflow,
} from "./agreement-workflows";
import {
  tellApplicationSubmitted,
  tellEnterpriseWithdrawn,
  tellStudentAccepted,
  tellStudentRejected,
  tellStudentStatusChanged,
} from "./application-notifications";
import {
  certificateOnInternshipCompleted,
  generatePromotionCertificates,
  tellCertificateGenerated,
} from "./certificates";
import { expireOffers, tellEnterpriseOfferExpired } from "./expire-offers";
import { performImportRun, queueDueImportRuns, tellSaversImportedOfferChanged, tellSourcePaused } from "./imports";
import { tellInternshipEvaluated } from "./internship-evaluation-notifications";
import {
  activateInternships,
  tellActivityCommented,
  tellInternshipTerminated,
  tellIssueRaised,
  remindVisits,
  tellVisitCancelled,
  tellVisitMoved,
  tellVisitScheduled,
} from "./internship-follow-up";
import {
  remindInterviews,
  tellInterviewBooked,
  tellInterviewCancelled,
  tellInterviewMoved,
} from "./interview-notifications";
import {
  purgeDeletedDocumentsNightly,
  tellDocumentRejected,
  tellDocumentUploaded,
  tellDocumentValidated,
} from "./document-workflows";
import { pruneEventHistoryNightly } from "./prune-event-history";
import { produceExport, purgeExpiredExportsNightly } from "./produce-export";
import { readProfileImport } from "./profile-import";
import { eraseDueAccountsNightly } from "./erase-accounts";
import { savedSearchDigest } from "./saved-search-digest";
import { sendEmail } from "./send-email";
import { emailDigestDaily, releaseQuietHoursRegularly, sendPush } from "./send-push";
import { remindUnansweredApplicationsDaily } from "./unanswered-applications";

/** Every event-driven workflow of the application, served to Inngest or run in-process. */
export const workflows: Workflow[] = [
  sendEmail as Workflow,
  produceExport as Workflow,
  certificateOnInternshipCompleted as Workflow,
  tellCertificateGenerated as Workflow,
  generatePromotionCertificates as Workflow,
  tellDocumentUploaded as Workflow,
  tellDocumentValidated as Workflow,
  tellDocumentRejected as Workflow,
  sendPush as Workflow,
  tellIssueRaised as Workflow,
  tellActivityCommented as Workflow,
  tellInternshipTerminated as Workflow,
  tellVisitScheduled as Workflow,
  tellVisitMoved as Workflow,
  tellVisitCancelled as Workflow,
  tellInternshipEvaluated as Workflow,
  askAgreementSigner as Workflow,
  tellAgreementRefused as Workflow,
  storeSignedAgreementPdf as Workflow,
  storeAmendedAgreementPdf as Workflow,
  storeAgreementDocumentToSign as Workflow,
  askAmendmentSignerWorkflow as Workflow,
  tellAmendmentRefusedWorkflow as Workflow,
  tellAmendmentSignedWorkflow as Workflow,
  tellEnterpriseOfferExpired as Workflow,
  performImportRun as Workflow,
  tellSaversImportedOfferChanged as Workflow,
  tellSourcePaused as Workflow,
  tellApplicationSubmitted as Workflow,
  tellStudentStatusChanged as Workflow,
  tellStudentAccepted as Workflow,
  tellStudentRejected as Workflow,
  tellEnterpriseWithdrawn as Workflow,
  tellInterviewBooked as Workflow,
  tellInterviewMoved as Workflow,
  tellInterviewCancelled as Workflow,
  readProfileImport as Workflow,
];

/** Every cron workflow, scheduled by Inngest or by the in-process timer. */
export const scheduledWorkflows: ScheduledWorkflow[] = [
  expireOffers,
  queueDueImportRuns,
  releaseQuietHoursRegularly,
  emailDigestDaily,
  savedSearchDigest,
  pruneEventHistoryNightly,
  purgeExpiredExportsNightly,
  purgeDeletedDocumentsNightly,
  eraseDueAccountsNightly,
  remindInterviews,
  remindUnansweredApplicationsDaily,
  activateInternships,
  remindVisits,
  remindAgreementSignersDaily,
];

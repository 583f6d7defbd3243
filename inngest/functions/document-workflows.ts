import { notifyDocumentReviewed, notifyDocumentUploaded } from "@/lib/documents/notify-document";
import { purgeDeletedDocuments } from "@/lib/documents/purge-deleted-documents";
import { defineScheduledWorkflow, defineWorkflow } from "../workflow";

/** An internship document arrived: a receipt for its owner, a review request for the supervisor. */
export const tellDocumentUploaded = defineWorkflow({
  id: "tell-document-uploaded",
  trigger: "document.uploaded",
  handler: ({ event, step }) =>
    step.run("notify", () => notifyDocumentUploaded(event.data.documentId, event.data.versionId)),
});

/** The owner hears that their document was validated. */
export const tellDocumentValidated = defineWorkflow({
  id: "tell-document-validated",
  trigger: "document.validated",
  handler: ({ event, step }) => step.run("notify", () => notifyDocumentReviewed(event.data.documentId)),
});

/** The owner hears that their document was rejected, and why. */
export const tellDocumentRejected = defineWorkflow({
  id: "tell-document-rejected",
  trigger: "document.rejected",
  handler: ({ event, step }) => step.run("notify", () => notifyDocumentReviewed(event.data.documentId)),
});

/** Every night, the files of documents deleted more than DOCUMENT_RETENTION_DAYS ago are purged. */
export const purgeDeletedDocumentsNightly = defineScheduledWorkflow({
  id: "purge-deleted-documents",
  cron: "45 3 * * *",
  handler: ({ step }) => step.run("purge", () => purgeDeletedDocuments()),
});

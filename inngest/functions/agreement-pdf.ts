import { storeSignedPdf } from "@/lib/agreements/store-signed-pdf";
import { defineWorkflow } from "../workflow";

/**
 * Once the university validated, the signed agreement is rendered to PDF (every signature with its
 * time and method) and stored as its document with its SHA-256. The step is idempotent on its own:
 * retried after it stored the PDF, it finds the agreement linked and stores nothing more.
 */
export const storeSignedAgreementPdf = defineWorkflow({
  id: "store-signed-agreement-pdf",
  trigger: "convention.signed",
  handler: ({ event, step }) => step.run("render-and-store", () => storeSignedPdf(event.data.agreementId)),
});

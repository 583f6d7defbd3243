import { storeAmendedPdf } from "@/lib/agreements/store-amended-pdf";
import { storeDocumentToSign } from "@/lib/agreements/store-document-to-sign";
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

/**
 * Once an amendment is signed and applied, the agreement's PDF is rendered again with its
 * « Avenants » and stored as the document's next version (its SHA-256 becomes the agreement's).
 * Idempotent: a retry renders the same bytes and finds them stored.
 */
export const storeAmendedAgreementPdf = defineWorkflow({
  id: "store-amended-agreement-pdf",
  trigger: "amendment.signed",
  handler: ({ event, step }) => step.run("render-and-store", () => storeAmendedPdf(event.data.agreementId)),
});

/**
 * Once an agreement is submitted (its first turn, and again at each turn should an earlier run
 * have failed), the exact PDF the parties sign is stored as a version of its signing document,
 * with its SHA-256: what each signature signed can be shown later. Idempotent: a submission whose
 * document is stored stores nothing more.
 */
export const storeAgreementDocumentToSign = defineWorkflow({
  id: "store-agreement-document-to-sign",
  trigger: "convention.turn",
  handler: ({ event, step }) => step.run("render-and-store", () => storeDocumentToSign(event.data.agreementId)),
});

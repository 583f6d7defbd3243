import { certificateOnCompletion } from "@/lib/documents/certificates/certificate-on-completion";
import { promotionInternshipIds } from "@/lib/documents/certificates/generate-promotion-certificates";
import { notifyCertificateGenerated } from "@/lib/documents/certificates/notify-certificate-generated";
import { defineWorkflow } from "../workflow";

/** A completed internship gets its certificate, once however often the event is delivered. */
export const certificateOnInternshipCompleted = defineWorkflow({
  id: "certificate-on-internship-completed",
  trigger: "internship.completed",
  handler: ({ event, step }) => step.run("issue", () => certificateOnCompletion(event.data.internshipId)),
});

/** The student hears that their attestation or certificate is ready. */
export const tellCertificateGenerated = defineWorkflow({
  id: "tell-certificate-generated",
  trigger: "certificate.generated",
  handler: ({ event, step }) => step.run("notify", () => notifyCertificateGenerated(event.data.certificateId)),
});

/**
 * How many certificates of a promotion are issued at once: a PDF is rendered while another's rows
 * are written, so the CPU and the database both work (scripts/bench/certificates.ts measures it).
 */
export const BATCH_CONCURRENCY = 4;

/**
 * A promotion's certificates, one step per internship, a few at a time: a step done is memoised,
 * and each step is idempotent on its own (one certificate per internship), so a failed run resumes
 * where it stopped.
 */
export const generatePromotionCertificates = defineWorkflow({
  id: "generate-promotion-certificates",
  trigger: "certificate.batch-requested",
  handler: async ({ event, step }) => {
    const internshipIds = await step.run("list", () => promotionInternshipIds(event.data));
    let issued = 0;
    let next = 0;
    let failed = false;
    const worker = async () => {
      while (!failed && next < internshipIds.length) {
        const internshipId = internshipIds[next++]!;
        try {
          const result = await step.run(`issue-${internshipId}`, () => certificateOnCompletion(internshipId));
          if (result.serial) issued += 1;
        } catch (error) {
          failed = true; // the others finish the certificate in hand, and take no more
          throw error;
        }
      }
    };
    const runs = await Promise.allSettled(
      Array.from({ length: Math.min(BATCH_CONCURRENCY, internshipIds.length) }, worker),
    );
    const failure = runs.find((run) => run.status === "rejected");
    if (failure) throw failure.reason;
    return { issued };
  },
});

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
 * A promotion's certificates, one step per internship: a step done is memoised, and each step is
 * idempotent on its own (one certificate per internship), so a failed run resumes where it stopped.
 */
export const generatePromotionCertificates = defineWorkflow({
  id: "generate-promotion-certificates",
  trigger: "certificate.batch-requested",
  handler: async ({ event, step }) => {
    const internshipIds = await step.run("list", () => promotionInternshipIds(event.data));
    let issued = 0;
    for (const internshipId of internshipIds) {
      const result = await step.run(`issue-${internshipId}`, () => certificateOnCompletion(internshipId));
      if (result.serial) issued += 1;
    }
    return { issued };
  },
});

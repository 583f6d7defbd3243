import { askAmendmentSigner, tellAmendmentRefused, tellAmendmentSigned } from "@/lib/agreements/ask-amendment-signer";
import { askSigner } from "@/lib/agreements/ask-signer";
import { remindAmendmentSigners } from "@/lib/agreements/remind-amendment-signers";
import { remindAgreementSigners } from "@/lib/agreements/remind-signers";
import { tellRefusal } from "@/lib/agreements/tell-refusal";
import { defineScheduledWorkflow, defineWorkflow } from "../workflow";

// Each step claims its AgreementStep row in the transaction that writes the e-mails and
// notifications: a step retried after it committed sends nothing twice.

/** The party whose turn it is to sign is asked: in the app and by e-mail, or by a single-use link. */
export const askAgreementSigner = defineWorkflow({
  id: "ask-agreement-signer",
  trigger: "convention.turn",
  handler: ({ event, step }) => step.run("ask", () => askSigner(event.data.stepId)),
});

/** Everyone concerned hears that a party refused, and why. */
export const tellAgreementRefused = defineWorkflow({
  id: "tell-agreement-refused",
  trigger: "convention.refused",
  handler: ({ event, step }) => step.run("tell", () => tellRefusal(event.data.stepId)),
});

/**
 * Every morning, the party each agreement, then each amendment, waits for is reminded once the
 * circuit's delay has passed since they were asked or last reminded; each agreement or amendment
 * is claimed in the transaction that writes its reminder, so a retry or a second run the same day
 * reminds no one twice.
 */
export const remindAgreementSignersDaily = defineScheduledWorkflow({
  id: "remind-agreement-signers",
  cron: "0 8 * * *",
  handler: async ({ step }) => {
    const agreements = await step.run("remind", () => remindAgreementSigners());
    const amendments = await step.run("remind-amendments", () => remindAmendmentSigners());
    return { agreements: agreements.reminded, amendments: amendments.reminded };
  },
});

/** The party whose turn it is to sign an amendment is asked: in the app and by e-mail, or by a link. */
export const askAmendmentSignerWorkflow = defineWorkflow({
  id: "ask-amendment-signer",
  trigger: "amendment.turn",
  handler: ({ event, step }) => step.run("ask", () => askAmendmentSigner(event.data.stepId)),
});

/** The proposer and the signers of an amendment hear that a party refused it, and why. */
export const tellAmendmentRefusedWorkflow = defineWorkflow({
  id: "tell-amendment-refused",
  trigger: "amendment.refused",
  handler: ({ event, step }) => step.run("tell", () => tellAmendmentRefused(event.data.stepId)),
});

/** The proposer and the signers of an amendment hear that everyone signed it and it now applies. */
export const tellAmendmentSignedWorkflow = defineWorkflow({
  id: "tell-amendment-signed",
  trigger: "amendment.signed",
  handler: ({ event, step }) => step.run("tell", () => tellAmendmentSigned(event.data.amendmentId)),
});

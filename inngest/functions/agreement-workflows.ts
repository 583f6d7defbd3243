import { askSigner } from "@/lib/agreements/ask-signer";
import { tellRefusal } from "@/lib/agreements/tell-refusal";
import { defineWorkflow } from "../workflow";

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

import { notifyEvaluated } from "@/lib/internships/notify-evaluated";
import { defineWorkflow } from "../workflow";

/** The student and the supervisor hear that an evaluation of the internship was submitted. */
export const tellInternshipEvaluated = defineWorkflow({
  id: "tell-internship-evaluated",
  trigger: "internship.evaluated",
  handler: ({ event, step }) => step.run("notify", () => notifyEvaluated(event.data.evaluationId)),
});

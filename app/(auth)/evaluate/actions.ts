"use server";
import { serverAction } from "@/lib/core/server-action";
import { renewEvaluationLink } from "@/lib/internships/renew-evaluation-link";
import { submitLinkedEvaluation } from "@/lib/internships/submit-linked-evaluation";

/** A tutor without an account sends the evaluation their e-mailed link opened (the link is the authority). */
export const submitEvaluationFromLink = serverAction(
  async (input: { token: string; answers: unknown; comment?: unknown }) =>
    submitLinkedEvaluation(input.token, { answers: input.answers, comment: input.comment }),
  { rateLimit: { name: "evaluation-link", points: 20, seconds: 3600 } },
);

/** A used or expired link asks for a new one, e-mailed to the address the first went to. */
export const renewEvaluationLinkAction = serverAction(
  async (input: { token: string }) => renewEvaluationLink(input.token),
  { rateLimit: { name: "evaluation-link-renew", points: 5, seconds: 3600 } },
);

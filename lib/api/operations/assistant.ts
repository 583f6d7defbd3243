import { assistantMessageSchema } from "@/lib/assistant/schemas";
import { OFFER_FIELDS, REMOTE_MODES } from "@/lib/offers/offer-options";
import { array, boolean, object, string, type ApiOperation } from "../operation";

const tags = ["assistant"];
const strings = array(string());
const citation = object({
  kind: string({ enum: ["application", "agreement", "internship", "certificate", "offer"] }),
  id: string(),
  title: string(),
  url: string({ description: "The page of the record, relative to the site." }),
});

/** The assistant: questions answered from the caller's own records. */
export const assistantOperations: ApiOperation[] = [
  {
    method: "POST",
    path: "/assistant/messages",
    summary: "Ask the assistant",
    description:
      "Any signed-in user. The question is answered from the caller's own records only (applications, interviews, agreements, internships, certificates; an enterprise's applicants; a supervisor's interns), by the application's own recogniser of intents, or by a configured model through tool calls to the same functions. `citations` link to the records used; `search` is an offer search read from the question (facets of GET /offers/search), for the user to adjust; `actions` are links to the pages where an action is confirmed: the assistant never acts itself. Without `conversationId` a new conversation starts. Questions it cannot answer are logged for staff. A message longer than 500 characters is refused (400, field `message`).",
    tags,
    auth: true,
    requestBody: assistantMessageSchema,
    responses: {
      200: {
        description: "The answer.",
        schema: object(
          {
            conversationId: string(),
            answer: string(),
            citations: array(citation),
            search: object({
              q: string(),
              facets: object({
                city: strings,
                remote: array(string({ enum: [...REMOTE_MODES] })),
                field: array(string({ enum: [...OFFER_FIELDS] })),
                start: strings,
                stipend: strings,
                skills: strings,
              }),
            }),
            actions: array(
              object({
                kind: string({ enum: ["withdrawApplication", "bookInterview", "openSearch", "open"] }),
                label: string(),
                url: string(),
              }),
            ),
          },
          ["search", "actions"],
        ),
      },
      404: { description: "`conversationId` names no conversation of the caller's." },
      429: { description: "Too many questions in a minute." },
    },
  },
  {
    method: "DELETE",
    path: "/assistant/conversations/{id}",
    summary: "Delete one of one's assistant conversations",
    description: "The conversation and its messages are deleted. Another user's conversation reads as not found.",
    tags,
    auth: true,
    responses: {
      200: { description: "Deleted.", schema: object({ deleted: boolean() }) },
      404: { description: "No such conversation of the caller's." },
    },
  },
];

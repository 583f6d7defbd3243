import { assistantMessageSchema } from "@/lib/assistant/schemas";
import { OFFER_FIELDS, REMOTE_MODES } from "@/lib/offers/offer-options";
import { array, boolean, integer, listOf, object, string, type ApiOperation } from "../operation";

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
    method: "GET",
    path: "/assistant/conversations",
    summary: "List one's past assistant conversations",
    description:
      "The caller's own conversations, the most recently continued first (the latest 30; `nextCursor` is always null), each with its title (the first question, shortened) and its number of messages.",
    tags,
    auth: true,
    responses: {
      200: {
        description: "The conversations.",
        schema: listOf(
          object({ id: string(), title: string(), updatedAt: string({ format: "date-time" }), messages: integer() }),
        ),
      },
    },
  },
  {
    method: "GET",
    path: "/assistant/conversations/{id}",
    summary: "Read one of one's assistant conversations",
    description:
      "The turns in order, each answer with the citations, proposed search and action links it had, so the panel can show it again and the conversation can go on (`conversationId` of POST /assistant/messages). Another user's conversation reads as not found.",
    tags,
    auth: true,
    responses: {
      200: {
        description: "The conversation.",
        schema: object({
          id: string(),
          title: string(),
          updatedAt: string({ format: "date-time" }),
          messages: array(
            object(
              {
                id: string(),
                author: string({ enum: ["you", "assistant"] }),
                text: string(),
                createdAt: string({ format: "date-time" }),
                citations: array(citation),
                search: object({}),
                actions: array(object({ kind: string(), label: string(), url: string() })),
              },
              ["search", "actions"],
            ),
          ),
        }),
      },
      404: { description: "No such conversation of the caller's." },
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

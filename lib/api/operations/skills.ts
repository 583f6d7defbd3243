import { skillSearchSchema } from "@/lib/skills/schemas";
import { array, object, string, type ApiOperation } from "../operation";

/** The shared skills list behind every skills field (offers, student profiles). */
export const skillsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/skills",
    summary: "Search the shared skills list",
    tags: ["skills"],
    auth: false,
    query: skillSearchSchema,
    responses: {
      200: {
        description: "Matching skills, best first.",
        schema: object({ items: array(object({ id: string(), name: string() })) }),
      },
    },
  },
];

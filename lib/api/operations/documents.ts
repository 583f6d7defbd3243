import type { ApiOperation } from "../operation";

const tags = ["documents"];

/** The documents endpoints of /api/v1 (docs/product.md, "API"). */
export const documentsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/documents/{id}/download",
    summary: "Download the latest version of a document",
    description:
      "Logos are public. Other documents: their owner, their enterprise, enterprises that received the CV with an application, and system admins; anyone else gets 404. `?disposition=inline` serves a PDF inline, framable by this site's pages only (the applicant page shows the CV); everything else is an attachment.",
    tags,
    auth: false,
    responses: {
      200: { description: "The file, with its content type and a `Digest` header (SHA-256)." },
      404: { description: "No such document, or not readable by the caller." },
    },
  },
];

import { buildOpenApiDocument } from "@/lib/api/build-openapi";

// The document depends only on the code, so it is rendered once at build time.
export const dynamic = "force-static";

export const GET = () => Response.json(buildOpenApiDocument());

import { isSchema, type AnyObjectSchema, type AnySchema } from "yup";
import { apiOperations } from "./openapi-operations";
import { object, string, type ApiOperation, type JsonSchema, type OperationResponse } from "./operation";
import { toJsonSchema } from "./yup-json-schema";

type Json = Record<string, unknown>;

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, Json>>;
  components: Json;
};

const SIGNED_IN = [{ bearerAuth: [] }, { sessionCookie: [] }];
const PROBLEM = { $ref: "#/components/schemas/Problem" };

const problemSchema: JsonSchema = {
  ...object(
    {
      type: string({
        format: "uri",
        description: "Stable per kind of error, e.g. https://stagiaire.app/problems/validation.",
      }),
      title: string({ description: "A message for people." }),
      status: { type: "integer" },
      instance: string({
        description: "The request id (also sent as x-request-id); quote it when reporting a problem.",
      }),
      errors: {
        type: "array",
        description: "One entry per invalid field, on 400s for invalid input.",
        items: object({ field: string(), code: string(), message: string() }),
      },
      allowed: {
        type: "array",
        description: "On a 409 for a status change that is not allowed: the statuses the caller may move to now.",
        items: string(),
      },
    },
    ["instance", "errors", "allowed"],
  ),
  description: "An RFC 9457 problem (application/problem+json).",
};

/** Errors every operation of a kind can answer; an operation's own entries replace these descriptions. */
function standardErrors(op: ApiOperation): Record<number, OperationResponse> {
  const errors: Record<number, OperationResponse> = {};
  if (op.requestBody || op.query)
    errors[400] = { description: "Invalid input: the body is not JSON, or `errors` lists the invalid fields." };
  if (op.auth) errors[401] = { description: "No valid bearer token or session." };
  if (op.method !== "GET") errors[429] = { description: "Too many requests: retry after `Retry-After` seconds." };
  errors[500] = { description: "Unexpected error; `instance` identifies it in the logs." };
  return errors;
}

function responseObject(status: number, response: OperationResponse): Json {
  const headers = {
    ...(status === 429 && { "Retry-After": { $ref: "#/components/headers/RetryAfter" } }),
    ...response.headers,
  };
  const content =
    status >= 400
      ? { "application/problem+json": { schema: PROBLEM } }
      : response.schema && { "application/json": { schema: response.schema } };
  return {
    description: response.description,
    ...(Object.keys(headers).length > 0 && { headers }),
    ...(content && { content }),
  };
}

function requestBodyObject(body: NonNullable<ApiOperation["requestBody"]>): Json {
  const variants = isSchema(body) ? undefined : (body as { oneOf: AnySchema[] }).oneOf;
  const schema = variants
    ? { oneOf: variants.map((variant) => toJsonSchema(variant)) }
    : toJsonSchema(body as AnySchema);
  return { required: true, content: { "application/json": { schema } } };
}

function parameters(op: ApiOperation): Json[] {
  const path = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: string(),
  }));
  const query = op.query ? toJsonSchema(op.query as AnyObjectSchema) : {};
  return [
    ...path,
    ...Object.entries(query.properties ?? {}).map(([name, schema]) => ({
      name,
      in: "query",
      required: query.required?.includes(name) ?? false,
      schema,
    })),
  ];
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "GET /offers/{id}" → "getOffersById". */
export function defaultOperationId(method: string, path: string): string {
  const words = path
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      return param
        ? `By${param[1].split(/[-_]/).map(capitalise).join("")}`
        : segment.split(/[-_.]/).map(capitalise).join("");
    });
  return method.toLowerCase() + words.join("");
}

function operationObject(op: ApiOperation): Json {
  const responses = { ...standardErrors(op), ...op.responses };
  const params = parameters(op);
  return {
    operationId: op.operationId ?? defaultOperationId(op.method, op.path),
    summary: op.summary,
    ...(op.description && { description: op.description }),
    tags: op.tags,
    security: op.auth ? SIGNED_IN : [],
    ...(params.length > 0 && { parameters: params }),
    ...(op.requestBody && { requestBody: requestBodyObject(op.requestBody) }),
    responses: Object.fromEntries(
      Object.entries(responses)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([status, response]) => [status, responseObject(Number(status), response)]),
    ),
  };
}

/** The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. */
export function buildOpenApiDocument(operations: ApiOperation[] = apiOperations): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const op of operations) {
    const item = (paths[op.path] ??= {});
    const method = op.method.toLowerCase();
    if (item[method]) throw new Error(`${op.method} ${op.path} is documented twice`);
    item[method] = operationObject(op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Stagiaire API",
      version: "1.0.0",
      description: "The operations of the internship platform. Errors are application/problem+json (RFC 9457).",
    },
    servers: [{ url: "/api/v1" }],
    tags: [...new Set(operations.flatMap((op) => op.tags))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "Access token from POST /auth/login or /auth/refresh.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "The web app's session (named __Secure-authjs.session-token over HTTPS).",
        },
      },
      schemas: { Problem: problemSchema },
      headers: {
        RetryAfter: { description: "Seconds to wait before retrying.", schema: { type: "integer", minimum: 1 } },
      },
    },
  };
}

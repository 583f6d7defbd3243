import type { AnyObjectSchema, AnySchema } from "yup";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it), loosely typed. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: readonly unknown[];
  const?: unknown;
  format?: string;
  description?: string;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  $ref?: string;
  [keyword: string]: unknown;
};

export type OperationResponse = {
  description: string;
  /** The JSON body. Omitted for errors (≥ 400): they are always the Problem schema. */
  schema?: JsonSchema;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
};

/**
 * One documented /api/v1 operation. Request shapes are the yup schemas the domain functions
 * validate with, converted when the document is built; response shapes are written here.
 */
export type ApiOperation = {
  method: HttpMethod;
  /** Relative to /api/v1, with `{name}` for dynamic segments: "/offers/{id}". */
  path: string;
  /** Defaults to method + path in camelCase ("getOffersById"). */
  operationId?: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Needs a bearer token or the browser session. */
  auth: boolean;
  /** The JSON body: one schema, or several shapes the route tells apart. */
  requestBody?: AnySchema | { oneOf: AnySchema[] };
  /** Query parameters, one per field of the object schema. */
  query?: AnyObjectSchema;
  /** Success answers and the errors specific to this operation (400/401/429/500 are added when they apply). */
  responses: Record<number, OperationResponse>;
};

// Small builders for response schemas, shared by the slices.

export const string = (extra: JsonSchema = {}): JsonSchema => ({ type: "string", ...extra });
export const nullable = (schema: JsonSchema): JsonSchema => ({
  ...schema,
  type: [...(Array.isArray(schema.type) ? schema.type : [schema.type ?? "string"]), "null"],
});

/** An object whose listed properties are all present (use `optional` for the others). */
export const object = (properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema => ({
  type: "object",
  properties,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
});

/** The list shape of every collection: `{ items, nextCursor }`. */
export const listOf = (item: JsonSchema, extra: Record<string, JsonSchema> = {}): JsonSchema =>
  object({ items: { type: "array", items: item }, nextCursor: nullable(string()), ...extra });

export const array = (items: JsonSchema): JsonSchema => ({ type: "array", items });
export const integer = (extra: JsonSchema = {}): JsonSchema => ({ type: "integer", ...extra });
export const boolean = (): JsonSchema => ({ type: "boolean" });

import { convertSchema } from "@sodaru/yup-to-json-schema";
import { isSchema, type AnyObjectSchema, type AnySchema, type ArraySchema } from "yup";
import type { JsonSchema } from "./operation";

/** The JSON Schema of a yup schema, for request bodies and query parameters. */
export function toJsonSchema(schema: AnySchema): JsonSchema {
  const json = convertSchema(schema) as JsonSchema;
  refine(schema, json);
  return json;
}

/**
 * Fills two gaps of the converter: yup's describe() keeps only the first test of each name, so a
 * string with several `matches` loses all patterns but one (they go into `allOf` here); and every
 * object carries a `default` built from its fields' defaults, which means nothing for a request.
 */
function refine(schema: AnySchema, json: JsonSchema): void {
  if (schema.type === "string") {
    const patterns = schema.tests.flatMap((test) => {
      const regex = test.OPTIONS?.name === "matches" ? test.OPTIONS.params?.regex : undefined;
      return regex instanceof RegExp ? [regex.source] : [];
    });
    const missing = patterns.filter((pattern) => pattern !== json.pattern);
    if (patterns.length > 1 && missing.length > 0) {
      json.allOf = [...(json.allOf ?? []), ...missing.map((pattern) => ({ pattern }))];
    }
  } else if (schema.type === "object") {
    delete json.default;
    for (const [key, field] of Object.entries((schema as AnyObjectSchema).fields)) {
      const property = json.properties?.[key];
      if (property && isSchema(field)) refine(field as AnySchema, property);
    }
  } else if (schema.type === "array") {
    const inner = (schema as ArraySchema<unknown[] | undefined, unknown>).innerType;
    if (inner && json.items && isSchema(inner)) refine(inner as AnySchema, json.items);
  }
}

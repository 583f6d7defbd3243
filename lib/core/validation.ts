import * as yup from "yup";
import { field, invalid, type FieldErrors } from "./errors";
import { assertSafeInput } from "./input-safety";
import { asReason } from "./reason";

/** Validates and casts input with a shared yup schema; failures become one VALIDATION error. */
export async function validate<S extends yup.AnySchema>(schema: S, input: unknown): Promise<yup.InferType<S>> {
  // Every entry point's input passes here: pages reading search parameters as much as the API.
  assertSafeInput(input);
  try {
    return await schema.validate(input, { abortEarly: false, stripUnknown: true });
  } catch (error) {
    // A transform meeting a value of the wrong JSON type (an array where text is due…) throws a
    // TypeError: that is still bad input, not a server fault.
    if (error instanceof TypeError) throw invalid({ _: field("wrongType") }, "wrongType");
    if (!(error instanceof yup.ValidationError)) throw error;
    const fieldErrors: FieldErrors = {};
    for (const issue of error.inner.length ? error.inner : [error]) {
      // "locations[0].city" → "locations.0.city", the path forms use for nested fields.
      const path = issue.path?.replace(/\[(\d+)\]/g, ".$1") || "_";
      fieldErrors[path] ??= asReason(issue.message);
    }
    throw invalid(fieldErrors);
  }
}

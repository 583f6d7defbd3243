import * as yup from "yup";

/**
 * yup messages for limits, as translatable reasons that name the limit ("200 characters maximum").
 * Shared by forms and server: yup calls them with the rule's parameters.
 */
export const tooLong = ({ max }: { max: number }) => ({ key: "tooLong", values: { max } });
export const tooShort = ({ min }: { min: number }) => ({ key: "tooShort", values: { min } });
export const tooMany = ({ max }: { max: number }) => ({ key: "tooMany", values: { max } });
export const tooSmall = ({ min }: { min: number | Date }) => ({ key: "tooSmall", values: { min: Number(min) } });
export const tooLarge = ({ max }: { max: number | Date }) => ({ key: "tooLarge", values: { max: Number(max) } });

/** The `max` a schema sets on a text field, for the form's character counter. */
export function maxLengthOf(schema: yup.AnyObjectSchema, path: string): number | undefined {
  const test = (yup.reach(schema, path) as yup.Schema).describe().tests.find((t) => t.name === "max");
  return typeof test?.params?.max === "number" ? test.params.max : undefined;
}

/** Optional text: "" or null clears it; a key left out leaves the stored value as it is. */
export const clearableText = (max: number) =>
  yup
    .string()
    .trim()
    .max(max, tooLong)
    .nullable()
    .optional()
    .transform((value) => (value === "" ? null : value));

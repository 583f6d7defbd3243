/** The variables a rejection message template may name, filled in for each application. */
export const TEMPLATE_VARIABLES = ["studentName", "offerTitle", "enterpriseName"] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The names between braces that are not variables we know ("{firstName}"), in order of appearance, once each. */
export function unknownVariables(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!.trim());
  return [...new Set(names.filter((name) => !(TEMPLATE_VARIABLES as readonly string[]).includes(name)))];
}

/** The text with every known variable replaced by its value. */
export function fillTemplate(text: string, values: Record<TemplateVariable, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    (TEMPLATE_VARIABLES as readonly string[]).includes(name.trim()) ? values[name.trim() as TemplateVariable] : whole,
  );
}

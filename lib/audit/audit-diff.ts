/** One line of an entry's before/after: a field, its value before and after (as text), and whether it changed. */
export type DiffLine = { field: string; before: string | null; after: string | null; changed: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === "string" ? value : JSON.stringify(value);

/**
 * The before and after of an entry, field by field (nested objects flattened to `a.b`), in the
 * order they were recorded; a value that is not an object is one line named "". Absent and null
 * values read as null.
 */
export function auditDiff(before: unknown, after: unknown): DiffLine[] {
  const flat = (value: unknown, prefix = "", into = new Map<string, unknown>()) => {
    if (isRecord(value) && Object.keys(value).length > 0) {
      for (const [key, inner] of Object.entries(value)) flat(inner, prefix ? `${prefix}.${key}` : key, into);
    } else if (prefix || (value !== undefined && value !== null)) into.set(prefix, value);
    return into;
  };
  const was = flat(before);
  const now = flat(after);
  const fields = [...new Set([...was.keys(), ...now.keys()])];
  return fields.map((field) => {
    const b = text(was.get(field));
    const a = text(now.get(field));
    return { field, before: b, after: a, changed: b !== a };
  });
}

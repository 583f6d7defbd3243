import { isSchema, type AnyObjectSchema, type AnySchema } from "yup";
import type { ApiOperation } from "@/lib/api/openapi-operations";
import type { Rule } from "./access-matrix";
import { HOME, OTHER_SIDE, type ActorName } from "./actors";
import { pathParams } from "./api-call";
import { file } from "./bodies";
import {
  NASTY_FILE_NAMES,
  NASTY_IDS,
  NASTY_STRINGS,
  nested,
  QUERY_TYPES,
  random,
  RAW_BODIES,
  sample,
  WRONG_TYPES,
  type Labelled,
} from "./fuzz-values";
import type { Cell, Target } from "./targets";
import { PDF, PNG } from "./world";

/** Values tried per field, fewer when an operation has many fields, so that each runs in bounded time. */
export const PER_FIELD = 3;
export const FIELD_CASES_PER_OPERATION = 36;

/**
 * Spreads a shuffled pool of values over the fields, in turn, so that every value is tried on
 * some field of the operation (when there are enough fields) and no field gets the same ones.
 */
function spread<T>(next: () => number, fields: string[], pool: readonly Labelled<T>[]) {
  const shuffled = sample(next, pool, pool.length);
  const perField = Math.max(2, Math.min(PER_FIELD, Math.ceil(FIELD_CASES_PER_OPERATION / Math.max(1, fields.length))));
  return fields.map((field, i) => ({
    field,
    values: Array.from({ length: perField }, (_, j) => shuffled[(i * perField + j) % shuffled.length]!),
  }));
}

/** One fuzzed request: what replaces the valid call's parts. */
export type ApiCase = {
  label: string;
  params?: (target: Target) => Record<string, string>;
  query?: URLSearchParams | string;
  body?: (valid: unknown) => unknown;
  rawBody?: string;
  headers?: Record<string, string>;
};

const fieldsOf = (schema: AnySchema | { oneOf: AnySchema[] } | undefined): string[] => {
  if (!schema) return [];
  const variants: AnySchema[] = isSchema(schema) ? [schema as AnySchema] : (schema as { oneOf: AnySchema[] }).oneOf;
  return [...new Set(variants.flatMap((variant) => Object.keys((variant as AnyObjectSchema).fields ?? {})))];
};

/** The cases of one operation: each path parameter, each query parameter, each body field, whole bodies. */
export function apiCases(op: ApiOperation, multipart: boolean): ApiCase[] {
  const next = random();
  const cases: ApiCase[] = [];
  for (const name of pathParams(op.path)) {
    // Next decodes path segments with decodeURIComponent, which never yields a lone surrogate.
    for (const [label, id] of NASTY_IDS.filter(([, id]) => id.isWellFormed())) {
      cases.push({ label: `{${name}} = ${label}`, params: (target) => ({ ...target, [name]: id }) });
    }
  }
  if (op.query) {
    for (const { field: name, values } of spread(
      next,
      [...fieldsOf(op.query), "__proto__"],
      [...NASTY_STRINGS, ...QUERY_TYPES],
    )) {
      for (const [label, value] of values) {
        cases.push({ label: `?${name} = ${label}`, query: new URLSearchParams([[name, value]]) });
      }
      cases.push({
        label: `?${name} twice`,
        query: new URLSearchParams([
          [name, "a"],
          [name, "b"],
        ]),
      });
    }
    cases.push({ label: "%00 in the raw query", query: "q=%00&cursor=%00&status=%00&limit=%00" });
  }
  if (op.requestBody) {
    for (const { field: name, values } of spread(next, fieldsOf(op.requestBody), [...NASTY_STRINGS, ...WRONG_TYPES])) {
      for (const [label, value] of values) {
        cases.push({ label: `"${name}": ${label}`, body: (valid) => ({ ...(valid as object), [name]: value }) });
      }
    }
    for (const [label, text] of RAW_BODIES) cases.push({ label: `body: ${label}`, rawBody: text });
  }
  if (multipart) {
    for (const [label, name] of NASTY_FILE_NAMES) {
      cases.push({ label: `file named with ${label}`, body: () => file("file", PDF, name, "application/pdf") });
    }
    cases.push(
      { label: "a PNG called cv.pdf", body: () => file("file", PNG, "cv.pdf", "application/pdf") },
      { label: "an empty file", body: () => file("file", new Uint8Array(), "cv.pdf", "application/pdf") },
      { label: "text instead of a file", body: () => formOf({ file: "a\u0000b" }) },
      { label: "a JSON body", rawBody: JSON.stringify({ file: "x" }), headers: { "content-type": "application/json" } },
      {
        label: "a broken multipart body",
        rawBody: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n',
        headers: { "content-type": "multipart/form-data; boundary=x" },
      },
    );
  }
  return cases;
}

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
};

/** One fuzzed server-action call: what replaces the valid input. */
export type ActionCase = { label: string; input: (valid: unknown) => unknown };

/** Inputs the forms never send, whatever the action: server actions are public POST endpoints. */
const WHOLE_INPUTS: Labelled<unknown>[] = [
  ["undefined", undefined],
  ["null", null],
  ["a number", 42],
  ["a string", "x"],
  ["an empty array", []],
  ["an empty object", {}],
  ["20,000 nested arrays", nested(20_000)],
  ["a __proto__ object", JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}')],
  ["a 100k string", "x".repeat(100_000)],
  ["a NUL string", "a\u0000b"],
];

export function actionCases(valid: unknown): ActionCase[] {
  const next = random();
  const cases: ActionCase[] = WHOLE_INPUTS.map(([label, value]) => ({ label: `input: ${label}`, input: () => value }));
  if (typeof valid === "string") {
    for (const [label, id] of NASTY_IDS) cases.push({ label: `id: ${label}`, input: () => id });
  } else if (valid instanceof FormData) {
    for (const { field: name, values } of spread(next, [...new Set(valid.keys())], NASTY_STRINGS)) {
      for (const [label, value] of values) {
        cases.push({ label: `form "${name}": ${label}`, input: (form) => replaced(form as FormData, name, value) });
      }
      for (const [label, fileName] of NASTY_FILE_NAMES) {
        const original = valid.get(name);
        if (!(original instanceof File)) continue;
        cases.push({
          label: `form "${name}": a file named with ${label}`,
          input: (form) => replaced(form as FormData, name, new File([original], fileName, { type: original.type })),
        });
      }
    }
  } else if (valid && typeof valid === "object") {
    const pool = [...NASTY_STRINGS, ...WRONG_TYPES];
    for (const { field: name, values } of spread(next, Object.keys(valid), pool)) {
      for (const [label, value] of values) {
        cases.push({ label: `"${name}": ${label}`, input: (input) => ({ ...(input as object), [name]: value }) });
      }
    }
    // One level down too: the offer form sends { id, values: { title, … } }.
    for (const [outer, inner] of Object.entries(valid)) {
      if (!inner || typeof inner !== "object" || Array.isArray(inner)) continue;
      for (const { field: name, values } of spread(next, Object.keys(inner), pool)) {
        for (const [label, value] of values) {
          cases.push({
            label: `"${outer}.${name}": ${label}`,
            input: (input) => {
              const whole = input as Record<string, object>;
              return { ...whole, [outer]: { ...whole[outer], [name]: value } };
            },
          });
        }
      }
    }
  }
  return cases;
}

function replaced(form: FormData, name: string, value: string | File): FormData {
  const copy = new FormData();
  for (const [key, entry] of form.entries()) if (key !== name) copy.append(key, entry);
  copy.set(name, value);
  return copy;
}

/** The cell a fuzz case runs as: someone allowed, so that the input reaches the domain and the database. */
export function allowedCell(rule: Pick<Rule<unknown>, "target" | "allowed" | "own" | "other">): Cell {
  const pick = (list?: readonly ActorName[]) => list?.find((actor) => actor !== "anonymous") ?? list?.[0];
  if (rule.target === "none") return { actor: pick(rule.allowed) ?? "anonymous", scope: "any", side: null };
  const own = pick(rule.own);
  if (own) return { actor: own, scope: "own", side: HOME[own] };
  const other = pick(rule.other) ?? "anonymous";
  return { actor: other, scope: "other", side: OTHER_SIDE(HOME[other]) };
}

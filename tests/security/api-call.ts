import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { apiOperations } from "@/lib/api/openapi-operations";

const API_DIR = fileURLToPath(new URL("../../app/api/v1", import.meta.url));

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

/** "offers/[id]/route.ts" → "/offers/{id}"; route groups add no segment (as in build-openapi.test.ts). */
const routePath = (file: string) =>
  "/" +
  relative(API_DIR, file)
    .split(sep)
    .slice(0, -1)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => segment.replace(/^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/, "{$1}"))
    .join("/");

const FILES = new Map(routeFiles(API_DIR).map((file) => [routePath(file), file]));

/** Every documented operation, as "METHOD /path", with the module that serves it. */
export const OPERATIONS = apiOperations.map((op) => ({
  key: `${op.method} ${op.path}`,
  method: op.method,
  path: op.path,
  file: FILES.get(op.path),
  operation: op,
}));

export const pathParams = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);

export async function handlerOf(method: string, path: string): Promise<Handler> {
  const file = FILES.get(path);
  if (!file) throw new Error(`no route file serves ${path}`);
  const exports = (await import(/* @vite-ignore */ file)) as Record<string, Handler | undefined>;
  const handler = exports[method];
  if (!handler) throw new Error(`${file} exports no ${method}`);
  return handler;
}

export type ApiAnswer = { status: number; contentType: string | null; text: string; json: unknown };

/**
 * Calls a route handler as Next would: the URL with its path parameters (encoded), the params
 * object (decoded, as Next passes it), a JSON or multipart body or a raw text.
 */
export async function callApi(options: {
  method: string;
  path: string;
  params?: Record<string, string>;
  query?: URLSearchParams | string;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
}): Promise<ApiAnswer> {
  const params = options.params ?? {};
  const url = new URL(
    "http://localhost:3000/api/v1" +
      options.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent((params[name] ?? "").toWellFormed())),
  );
  if (options.query) url.search = options.query.toString();
  const multipart = options.body instanceof FormData;
  const body =
    options.rawBody ??
    (multipart ? (options.body as FormData) : options.body === undefined ? undefined : JSON.stringify(options.body));
  const request = new Request(url, {
    method: options.method,
    headers: {
      ...(!multipart && body !== undefined && { "content-type": "application/json" }),
      "x-forwarded-for": "203.0.113.7",
      ...options.headers,
    },
    body: options.method === "GET" ? undefined : body,
  });
  const handler = await handlerOf(options.method, options.path);
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, contentType: response.headers.get("content-type"), text, json };
}

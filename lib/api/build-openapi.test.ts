import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { apiOperations } from "./openapi-operations";
import { buildOpenApiDocument, defaultOperationId } from "./build-openapi";
import type { JsonSchema } from "./operation";

const API_DIR = fileURLToPath(new URL("../../app/api/v1", import.meta.url));
const SELF = "/openapi.json";

/** Every file under `dir` named route.ts. */
function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

/** "app/api/v1/offers/[id]/route.ts" → "/offers/{id}"; route groups "(x)" add no segment. */
function routePath(file: string): string {
  const segments = relative(API_DIR, file).split(sep).slice(0, -1);
  return (
    "/" +
    segments
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .map((segment) => segment.replace(/^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/, "{$1}"))
      .join("/")
  );
}

function exportedMethods(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = text.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g);
  return [...found].map(([, method]) => method);
}

const routes = routeFiles(API_DIR)
  .map((file) => ({ file, path: routePath(file), methods: exportedMethods(file) }))
  .filter((route) => route.path !== SELF);

const document = buildOpenApiDocument();
type Operation = {
  operationId: string;
  security: unknown[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
};
const operation = (path: string, method: string) =>
  document.paths[path]?.[method.toLowerCase()] as Operation | undefined;
const allOperations = Object.values(document.paths).flatMap((item) => Object.values(item) as Operation[]);

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1.0 relative to /api/v1, and plain JSON", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info).toMatchObject({ title: "Stagiaire API", version: "1.0.0" });
    expect(document.servers).toEqual([{ url: "/api/v1" }]);
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it("finds the route files it checks", () => {
    expect(routes.map((route) => route.path)).toContain("/auth/login");
    expect(routes.find((route) => route.path === "/auth/me")?.methods).toEqual(["GET"]);
  });

  it.each(routes.flatMap((route) => route.methods.map((method) => [method, route.path, route.file])))(
    "documents %s %s",
    (method, path, file) => {
      expect(
        operation(path, method),
        `${file} exports ${method} but lib/api/operations has no entry for it`,
      ).toBeDefined();
    },
  );

  it("documents no operation that has no route", () => {
    const served = new Set(routes.flatMap((route) => route.methods.map((method) => `${method} ${route.path}`)));
    const missing = apiOperations.map((op) => `${op.method} ${op.path}`).filter((key) => !served.has(key));
    expect(missing).toEqual([]);
  });

  it("gives every operation a unique operationId", () => {
    const ids = allOperations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(defaultOperationId("GET", "/offers/{id}")).toBe("getOffersById");
    expect(defaultOperationId("POST", "/documents/generate/certificate")).toBe("postDocumentsGenerateCertificate");
  });

  it("takes the register body from the yup schema", () => {
    const schema = operation("/auth/register", "POST")?.requestBody?.content["application/json"].schema;
    expect(schema?.required).toEqual(expect.arrayContaining(["email", "password", "name", "role"]));
    expect(schema?.required).not.toContain("enterpriseName");
    expect(schema?.properties?.role?.enum).toEqual(["STUDENT", "ENTERPRISE"]);
    expect(schema?.properties?.email).toMatchObject({ type: "string", format: "email", maxLength: 254 });
    expect(schema).not.toHaveProperty("default");
  });

  it("keeps every pattern of the password rule", () => {
    const password = operation("/auth/register", "POST")?.requestBody?.content["application/json"].schema.properties
      ?.password;
    const patterns = [password?.pattern, ...(password?.allOf ?? []).map((part) => part.pattern)];
    expect(patterns).toEqual(expect.arrayContaining(["[A-Za-z]", "[^A-Za-z]"]));
  });

  it("describes both bodies of reset-password", () => {
    const schema = operation("/auth/reset-password", "POST")?.requestBody?.content["application/json"].schema;
    expect(schema?.oneOf?.map((variant) => variant.required)).toEqual([["email"], ["token", "password"]]);
    expect(Object.keys(operation("/auth/reset-password", "POST")?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "202"]),
    );
  });

  it("marks public operations with an empty security list and protected ones with bearer or session", () => {
    expect(operation("/auth/login", "POST")?.security).toEqual([]);
    expect(operation("/auth/me", "GET")?.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(document.components).toMatchObject({
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
        sessionCookie: { in: "cookie" },
      },
    });
  });

  it("answers every error with problem+json, and 429 with Retry-After", () => {
    for (const op of allOperations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(response.content, `${op.operationId} ${status}`).toEqual({
          "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
        });
        if (status === "429") expect(response.headers).toHaveProperty("Retry-After");
      }
    }
    expect(operation("/auth/login", "POST")?.responses).toHaveProperty("429");
    expect(operation("/auth/me", "GET")?.responses).toHaveProperty("401");
    expect(operation("/auth/register", "POST")?.responses).toHaveProperty("409");
  });

  it("resolves every $ref", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/([^"]+)"/g)].map(([, ref]) => ref);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const path = ref.split("/");
      const target = path.reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key],
        document,
      );
      expect(target, ref).toBeDefined();
    }
  });
});

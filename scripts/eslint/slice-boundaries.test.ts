import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { afterAll, describe, expect, it } from "vitest";
import plugin, { isOffered, normalisePath, resolveSpecifier, sliceOf } from "./slice-boundaries.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// A project of our own in a temporary folder, so the test does not depend on today's lib/slice-map.json.
const root = mkdtempSync(path.join(tmpdir(), "slice-boundaries-"));
mkdirSync(path.join(root, "lib"));
writeFileSync(
  path.join(root, "lib/slice-map.json"),
  JSON.stringify({
    identity: { owns: ["User"], offers: ["actor", "policy", "schemas"] },
    offers: { owns: ["Offer"], offers: ["policy", "get-offer", "templates/*"] },
    notifications: { owns: ["Notification"], offers: [] },
  }),
);
const badRoot = mkdtempSync(path.join(tmpdir(), "slice-boundaries-bad-"));
mkdirSync(path.join(badRoot, "lib"));
writeFileSync(path.join(badRoot, "lib/slice-map.json"), "{ not json");
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(badRoot, { recursive: true, force: true });
});

const file = (relative: string) => path.join(root, relative);
const options = [{ root }];
const rule = plugin.rules.boundaries;
const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
});

tester.run("slices/boundaries", rule, {
  valid: [
    // What the map offers, by alias and by relative path, with or without an extension.
    {
      code: 'import { loadActor } from "@/lib/identity/actor";',
      filename: file("lib/offers/create-offer.ts"),
      options,
    },
    { code: 'import { can } from "../identity/policy.ts";', filename: file("lib/offers/create-offer.ts"), options },
    { code: 'import type { Schema } from "@/lib/identity/schemas";', filename: file("lib/students/x.ts"), options },
    { code: 'import { layout } from "@/lib/offers/templates/layout";', filename: file("lib/students/x.ts"), options },
    { code: 'export { getOffer } from "@/lib/offers/get-offer";', filename: file("lib/students/x.ts"), options },
    // Inside the same slice, anything goes.
    { code: 'import { x } from "@/lib/offers/search-items";', filename: file("lib/offers/search-offers.ts"), options },
    { code: 'import { x } from "./search-items";', filename: file("lib/offers/search/search-offers.ts"), options },
    // Shared folders and packages.
    { code: 'import { db } from "@/lib/core/db";', filename: file("lib/offers/x.ts"), options },
    { code: 'import { Prisma } from "@/lib/generated/prisma/client";', filename: file("lib/offers/x.ts"), options },
    { code: 'import { db } from "../core/db";', filename: file("lib/identity/x.ts"), options },
    { code: 'import * as yup from "yup";', filename: file("lib/offers/x.ts"), options },
    // Adapters outside lib/ may call any use case.
    { code: 'import { internal } from "@/lib/offers/refresh-offer-search";', filename: file("app/page.tsx"), options },
    {
      code: 'import { internal } from "@/lib/offers/refresh-offer-search";',
      filename: file("inngest/functions/a.ts"),
      options,
    },
    // The shared list can be changed.
    {
      code: 'import { x } from "@/lib/notifications/queue-email";',
      filename: file("lib/offers/x.ts"),
      options: [{ root, shared: ["core", "generated", "notifications"] }],
    },
  ],
  invalid: [
    {
      code: 'import { refresh } from "@/lib/offers/refresh-offer-search";',
      filename: file("lib/enterprises/x.ts"),
      options,
      errors: [
        {
          message:
            'lib/enterprises may not import "@/lib/offers/refresh-offer-search": lib/offers does not offer "refresh-offer-search" (add it to "offers".offers in lib/slice-map.json, or import something it offers).',
        },
      ],
    },
    {
      // A relative path that climbs into another slice is resolved before it is checked.
      code: 'import { queue } from "../../notifications/queue-email";',
      filename: file("lib/identity/emails/send.ts"),
      options,
      errors: [
        {
          messageId: "notOffered",
          data: {
            from: "identity",
            to: "notifications",
            inner: "queue-email",
            specifier: "../../notifications/queue-email",
          },
        },
      ],
    },
    {
      code: 'export * from "@/lib/identity/issue-account-link";\nexport { a } from "@/lib/identity/internal/a";',
      filename: file("lib/enterprises/x.ts"),
      options,
      errors: [{ messageId: "notOffered" }, { messageId: "notOffered" }],
    },
    {
      code: 'const m = await import("@/lib/offers/search-offers");',
      filename: file("lib/students/x.ts"),
      options,
      errors: [{ messageId: "notOffered" }],
    },
    {
      code: 'import { vi } from "vitest";\nvi.mock("@/lib/offers/search-offers");',
      filename: file("lib/students/x.test.ts"),
      options,
      errors: [{ messageId: "notOffered" }],
    },
    {
      // "templates/*" offers what is under templates/, not a sibling whose name starts the same.
      code: 'import { t } from "@/lib/offers/templates-old";',
      filename: file("lib/students/x.ts"),
      options,
      errors: [{ messageId: "notOffered" }],
    },
    {
      // Type-only imports couple slices too.
      code: 'import type { Row } from "@/lib/offers/offer-selects";',
      filename: file("lib/students/x.ts"),
      options,
      errors: [{ messageId: "notOffered" }],
    },
    {
      code: 'import { x } from "@/lib/favourites/save-offer";',
      filename: file("lib/students/x.ts"),
      options,
      errors: [
        {
          messageId: "unknownSlice",
          data: { from: "students", to: "favourites", specifier: "@/lib/favourites/save-offer" },
        },
      ],
    },
    {
      code: 'import { x } from "@/lib/identity/actor";',
      filename: file("lib/offers/x.ts"),
      options: [{ root, sliceMapPath: "lib/no-such-map.json" }],
      errors: [{ messageId: "mapMissing" }],
    },
    {
      code: 'import { x } from "@/lib/identity/actor";\nimport { y } from "@/lib/offers/policy";',
      filename: path.join(badRoot, "lib/students/x.ts"),
      options: [{ root: badRoot }],
      errors: [{ messageId: "mapInvalid" }],
    },
  ],
});

describe("slice path helpers", () => {
  it("normalises extensions and index files", () => {
    expect(normalisePath("policy.ts")).toBe("policy");
    expect(normalisePath("./templates/index.tsx")).toBe("templates");
    expect(normalisePath("index")).toBe("");
    expect(normalisePath("schemas.d.ts")).toBe("schemas");
  });

  it("matches exact offers and folder offers", () => {
    expect(isOffered(["policy", "templates/*"], "policy")).toBe(true);
    expect(isOffered(["policy", "templates/*"], "templates/layout")).toBe(true);
    expect(isOffered(["policy", "templates/*"], "templates-old")).toBe(false);
    expect(isOffered(["policy.ts"], "policy")).toBe(true);
    expect(isOffered(["policy"], "policy/helpers")).toBe(false);
  });

  it("resolves aliases and relative paths to root-relative paths", () => {
    expect(resolveSpecifier("@/lib/offers/policy", "/r/lib/a/x.ts", "/r")).toBe("lib/offers/policy");
    expect(resolveSpecifier("../offers/policy", "/r/lib/a/x.ts", "/r")).toBe("lib/offers/policy");
    expect(resolveSpecifier("yup", "/r/lib/a/x.ts", "/r")).toBeNull();
    expect(sliceOf("lib/offers/templates/layout")).toEqual({ slice: "offers", inner: "templates/layout" });
    expect(sliceOf("app/page")).toBeNull();
  });
});

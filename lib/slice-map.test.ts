import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import sliceMap from "./slice-map.json";

// The other half of the slices/boundaries lint rule (docs/decisions/0005-slices.md): the map itself
// must name every table once and only files that exist.
const lib = import.meta.dirname;
const slices = sliceMap as Record<string, { owns: string[]; offers: string[] }>;
const models = [...readFileSync(path.join(lib, "../prisma/schema.prisma"), "utf8").matchAll(/^model (\w+) \{/gm)].map(
  (m) => m[1]!,
);

describe("lib/slice-map.json", () => {
  it("gives every Prisma model exactly one owning slice", () => {
    const owners = new Map<string, string[]>();
    for (const [slice, { owns }] of Object.entries(slices))
      for (const model of owns) owners.set(model, [...(owners.get(model) ?? []), slice]);
    expect(models.filter((model) => owners.get(model)?.length !== 1)).toEqual([]);
    expect([...owners.keys()].filter((model) => !models.includes(model))).toEqual([]);
  });

  it("lists every folder under lib/ (generated code aside)", () => {
    const folders = readdirSync(lib, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && entry.name !== "generated",
    );
    expect(folders.map((folder) => folder.name).filter((name) => !(name in slices))).toEqual([]);
  });

  it("offers only files that exist", () => {
    const exists = (slice: string, offered: string) =>
      [".ts", ".tsx", "/index.ts"].some((ending) => existsSync(path.join(lib, slice, `${offered}${ending}`)));
    const missing = Object.entries(slices).flatMap(([slice, { offers }]) =>
      offers.filter((offered) => !exists(slice, offered)).map((o) => `${slice}/${o}`),
    );
    expect(missing).toEqual([]);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { arabicCatalogue, catalogues } from "@/messages";

type Tree = { [key: string]: string | Tree };

const MESSAGES = path.resolve(import.meta.dirname, "../../messages");
const TRANSLATIONS = ["fr", "ar"] as const;
const files = readdirSync(path.join(MESSAGES, "en")).filter((file) => file.endsWith(".json"));
const read = (locale: string, file: string): Tree =>
  JSON.parse(readFileSync(path.join(MESSAGES, locale, file), "utf8"));

const leaves = (node: Tree, prefix = ""): [string, string][] =>
  Object.entries(node).flatMap(([key, value]) =>
    typeof value === "object" ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, string]],
  );
const keysOf = (node: Tree) => leaves(node).map(([key]) => key);

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };
const NAMED = new Set([1, 2, 3, 4, 5, 6, 8]); // argument, number, date, time, select, plural, tag

/** The argument (and tag) names a message uses, through plural and select branches; throws when it is not ICU. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (NAMED.has(element.type)) names.add(String(element.value));
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as Element[]);
  return [...names].sort();
}

describe("message catalogues", () => {
  it("every slice has its French and Arabic file", () => {
    for (const locale of TRANSLATIONS) {
      expect(readdirSync(path.join(MESSAGES, locale)).sort(), locale).toEqual(expect.arrayContaining(files));
    }
  });

  describe.each(files)("%s", (file) => {
    const english = read("en", file);
    for (const locale of TRANSLATIONS) {
      it(`${locale} has exactly the English keys`, () => {
        const translated = new Set(keysOf(read(locale, file)));
        const expected = new Set(keysOf(english));
        expect({
          missing: [...expected].filter((key) => !translated.has(key)),
          extra: [...translated].filter((key) => !expected.has(key)),
        }).toEqual({ missing: [], extra: [] });
      });

      it(`${locale} messages are ICU with the English arguments`, () => {
        const source = new Map(leaves(english));
        const wrong = leaves(read(locale, file)).flatMap(([key, message]) => {
          if (!source.has(key)) return [];
          let found: string[];
          try {
            found = argumentsOf(message, locale);
          } catch (error) {
            return [`${key}: ${(error as Error).message}`];
          }
          const wanted = argumentsOf(source.get(key)!, "en");
          return found.join() === wanted.join()
            ? []
            : [`${key}: {${found.join(", ")}} instead of {${wanted.join(", ")}}`];
        });
        expect(wrong).toEqual([]);
      });
    }
  });

  it("the loaded catalogues have the same keys in the three languages", () => {
    const english = keysOf(catalogues.en as unknown as Tree).sort();
    expect(keysOf(catalogues.fr as unknown as Tree).sort()).toEqual(english);
    expect(keysOf(arabicCatalogue as unknown as Tree).sort()).toEqual(english);
  });

  it("Arabic reads a key not translated yet in French, never as its key", () => {
    expect(keysOf(catalogues.ar as unknown as Tree).sort()).toEqual(keysOf(catalogues.fr as unknown as Tree).sort());
  });
});

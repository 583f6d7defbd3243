import { describe, expect, it } from "vitest";
import { parseInline, parseLogbookText, safeHref } from "./logbook-markdown";

describe("the logbook's light Markdown", () => {
  it("reads a plain entry as it always showed: paragraphs and their lines", () => {
    expect(parseLogbookText("Réunion d'équipe.\nTests unitaires.\n\nDeuxième paragraphe")).toEqual([
      {
        type: "paragraph",
        children: [
          { type: "text", text: "Réunion d'équipe." },
          { type: "break" },
          { type: "text", text: "Tests unitaires." },
        ],
      },
      { type: "paragraph", children: [{ type: "text", text: "Deuxième paragraphe" }] },
    ]);
  });

  it("reads bold, italics, lists and escapes", () => {
    expect(parseInline("un **gros** et *petit* ou _autre_ mot")).toEqual([
      { type: "text", text: "un " },
      { type: "strong", children: [{ type: "text", text: "gros" }] },
      { type: "text", text: " et " },
      { type: "em", children: [{ type: "text", text: "petit" }] },
      { type: "text", text: " ou " },
      { type: "em", children: [{ type: "text", text: "autre" }] },
      { type: "text", text: " mot" },
    ]);
    expect(parseLogbookText("Fait :\n- une API\n* un test")).toEqual([
      { type: "paragraph", children: [{ type: "text", text: "Fait :" }] },
      { type: "list", items: [[{ type: "text", text: "une API" }], [{ type: "text", text: "un test" }]] },
    ]);
    // Not emphasis: a product, a snake_case name, an escaped star, an unclosed marker.
    for (const text of ["5 * 3 = 15", "la table user_account_id", "\\*pas\\* en italique", "**pas fermé"])
      expect(parseInline(text).every((node) => node.type === "text")).toBe(true);
  });

  it("links only to http and https, and keeps HTML as text", () => {
    expect(parseInline("[doc](https://example.org/a?b=1)")).toEqual([
      { type: "link", href: "https://example.org/a?b=1", children: [{ type: "text", text: "doc" }] },
    ]);
    for (const href of ["javascript:alert(1)", "data:text/html,x", "/relative", "//evil.test", "JaVaScRiPt:x"]) {
      expect(safeHref(href)).toBeNull();
      expect(parseInline(`[x](${href})`)).toEqual([{ type: "text", text: `[x](${href})` }]);
    }
    expect(parseInline('<img src=x onerror="alert(1)">')).toEqual([
      { type: "text", text: '<img src=x onerror="alert(1)">' },
    ]);
  });
});

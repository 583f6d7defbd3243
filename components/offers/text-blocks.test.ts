import { describe, expect, it } from "vitest";
import { textBlocks } from "./text-blocks";

describe("an offer's text as blocks", () => {
  it("turns dashed, bulleted and numbered lines into lists between paragraphs", () => {
    const text =
      "Au quotidien :\n- concevoir les écrans\n• écrire les tests\r\n\n1. livrer\n2) mesurer\n\nEnsuite, la suite.";
    expect(textBlocks(text)).toEqual([
      { kind: "paragraph", text: "Au quotidien :" },
      { kind: "list", items: ["concevoir les écrans", "écrire les tests"] },
      { kind: "list", items: ["livrer", "mesurer"] },
      { kind: "paragraph", text: "Ensuite, la suite." },
    ]);
  });

  it("keeps line breaks inside a paragraph and leaves a dash inside a sentence alone", () => {
    expect(textBlocks("Lyon - Part-Dieu\nsur place\n\n\n-pas une puce")).toEqual([
      { kind: "paragraph", text: "Lyon - Part-Dieu\nsur place" },
      { kind: "paragraph", text: "-pas une puce" },
    ]);
  });
});

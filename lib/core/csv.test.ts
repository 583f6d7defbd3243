import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("CSV cells", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("+33 6 12")).toBe("'+33 6 12");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("Camille Durand")).toBe("Camille Durand");
  });

  it("quotes separators, quotes and line breaks, and leaves numbers and blanks alone", () => {
    expect(csvCell("Lyon, France")).toBe('"Lyon, France"');
    expect(csvCell('Le "meilleur"')).toBe('"Le ""meilleur"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell(-4)).toBe("-4");
    expect(csvCell(null)).toBe("");
    expect(csvRow(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"\r\n');
  });
});

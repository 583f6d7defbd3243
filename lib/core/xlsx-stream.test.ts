import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { xlsxHeaders, xlsxStream } from "./xlsx-stream";

async function open(stream: ReadableStream<Uint8Array>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await new Response(stream).arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
}

describe("xlsxStream", () => {
  it("writes dates as dates, numbers as numbers and formula-looking texts as texts", async () => {
    const signed = new Date("2026-03-04T09:30:00Z");
    const sheet = await open(
      xlsxStream(
        "Conventions: 2026/03",
        [{ header: "Name" }, { header: "Signed" }, { header: "Day", format: "yyyy-mm-dd" }, { header: "Stipend" }],
        (async function* () {
          yield ['=HYPERLINK("http://evil.example")', signed, new Date("2026-03-05T00:00:00Z"), 650.5];
          yield ["Zoé", null, undefined, 0];
        })(),
      ),
    );
    expect(sheet.name).toBe("Conventions  2026 03");
    expect(sheet.getCell("A1").value).toBe("Name");
    expect(sheet.getCell("A2").value).toBe('=HYPERLINK("http://evil.example")');
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("B2").value).toEqual(signed);
    expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm-dd hh:mm");
    expect(sheet.getCell("C2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("D2").value).toBe(650.5);
    expect(sheet.getCell("A3").value).toBe("Zoé");
    expect(sheet.getCell("B3").value).toBeNull();
    expect(sheet.getCell("D3").value).toBe(0);
    expect(sheet.rowCount).toBe(3);
  });

  it("streams many rows as the reader pulls them", async () => {
    const rows = function* () {
      for (let i = 0; i < 20_000; i++) yield [`row ${i}`, i, new Date(Date.UTC(2026, 0, 1 + (i % 365)))];
    };
    const sheet = await open(xlsxStream("big", [{ header: "a" }, { header: "b" }, { header: "c" }], rows()));
    expect(sheet.rowCount).toBe(20_001);
    expect(sheet.getCell("B20001").value).toBe(19_999);
  });

  it("names the download", () => {
    expect(xlsxHeaders("university placement.xlsx")["content-disposition"]).toBe(
      'attachment; filename="university_placement.xlsx"',
    );
  });
});

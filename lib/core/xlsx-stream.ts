import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";

/** A cell of a spreadsheet export: numbers stay numbers and dates are real dates. */
export type XlsxCell = string | number | Date | null | undefined;

export type XlsxColumn = {
  header: string;
  /** An Excel number format for the column ("0.0%", "yyyy-mm-dd"…); dates default to a date-time. */
  format?: string;
};

const DATE_TIME = "yyyy-mm-dd hh:mm";
/** Rows written between two looks at the reader: the producer waits while the reader lags. */
const BATCH = 200;

/**
 * Writes a one-sheet workbook to `output` with exceljs's streaming writer: each row is committed as
 * soon as it is written and the producer pauses while `output` is full, so a long export never holds
 * its rows in memory. Texts are written as texts, never as formulas.
 */
export async function writeXlsx(
  output: NodeJS.WritableStream & { writableNeedDrain?: boolean },
  sheetName: string,
  columns: XlsxColumn[],
  rows: Iterable<XlsxCell[]> | AsyncIterable<XlsxCell[]>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output as unknown as import("node:stream").Stream,
    useStyles: true,
    useSharedStrings: false,
  });
  // Sheet names are at most 31 characters and without []:*?/\.
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet1", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: Math.min(Math.max(column.header.length + 2, 12), 60),
    ...(column.format && { style: { numFmt: column.format } }),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let count = 0;
  for await (const row of rows) {
    const written = sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
    row.forEach((cell, index) => {
      if (cell instanceof Date && !columns[index]?.format) written.getCell(index + 1).numFmt = DATE_TIME;
    });
    written.commit();
    count += 1;
    if (count % BATCH === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      if (output.writableNeedDrain) await once(output as PassThrough, "drain");
    }
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

/** The same workbook as a byte stream for a Response, produced as the reader pulls it. */
export function xlsxStream(
  sheetName: string,
  columns: XlsxColumn[],
  rows: Iterable<XlsxCell[]> | AsyncIterable<XlsxCell[]>,
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  writeXlsx(output, sheetName, columns, rows).catch((error: unknown) => output.destroy(error as Error));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

/** The headers of an XLSX download named `filename`. */
export const xlsxHeaders = (filename: string) => ({
  "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
});

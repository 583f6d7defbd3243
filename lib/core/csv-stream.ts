import { CSV_BOM, csvRow } from "./csv";

type Row = (string | number | null | undefined)[];

/**
 * A CSV file as a byte stream: a byte-order mark, the header, then each row as the reader pulls it,
 * so that a long export is never held whole in memory.
 */
export function csvStream(header: string[], rows: Iterable<Row> | AsyncIterable<Row>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  async function* lines() {
    yield CSV_BOM + csvRow(header);
    for await (const row of rows) yield csvRow(row);
  }
  const iterator = lines();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
}

/** The headers of a CSV download named `filename`. */
export const csvHeaders = (filename: string) => ({
  "content-type": "text/csv; charset=utf-8",
  "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
});

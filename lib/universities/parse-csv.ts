/**
 * A small RFC 4180 reader (no CSV library is installed): fields separated by `,` or `;`, quoted
 * fields with `""` for a quote, line breaks inside quotes, CRLF or LF records. Each record keeps
 * the physical line it starts on, so that errors name the line a spreadsheet shows.
 */
export type CsvRecord = { line: number; fields: string[] };
export type CsvResult = { records: CsvRecord[]; unterminatedQuoteAt: number | null };

export type Separator = "," | ";";

/** The separator of the header line: the one that occurs more often outside quotes (`,` on a tie). */
export function detectSeparator(text: string): Separator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas += 1;
    else if (!quoted && char === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

export function parseCsv(text: string, separator: Separator): CsvResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line is no record (a trailing newline, or spacing in a hand-written file).
    if (fields.length > 1 || fields[0] !== "") records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === "\n") line += 1;
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      fields.push(field);
      field = "";
    } else if (char === "\r" || char === "\n") {
      endRecord();
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      line += 1;
      recordLine = line;
    } else {
      // A quote inside an unquoted field is kept as it is (lenient, as spreadsheets write it).
      field += char;
    }
    i += 1;
  }
  if (quoted) return { records, unterminatedQuoteAt: quoteLine };
  endRecord();
  return { records, unterminatedQuoteAt: null };
}

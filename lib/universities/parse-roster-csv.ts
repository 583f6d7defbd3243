import type { Reason } from "@/lib/core/errors";
import { detectSeparator, parseCsv, type Separator } from "./parse-csv";
import { ROSTER_COLUMN_NAMES, ROSTER_COLUMNS, ROSTER_LIMITS, type RosterColumn } from "./schemas";

/** One problem of a roster file: its line (null for the whole file), its column, and why (a `validation` key). */
export type RosterError = { line: number | null; column: RosterColumn | null; reason: Reason };

export type RosterRow = {
  line: number;
  email: string;
  firstName: string;
  lastName: string;
  studentNumber: string | null;
  program: string | null;
  year: number | null;
};

export type ParsedRoster = {
  separator: Separator;
  rows: RosterRow[];
  errors: RosterError[];
  /** Headers of the file that name no known column: their values are not imported. */
  ignoredColumns: string[];
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const STUDENT_NUMBER = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
// Control characters other than tab have no place in a name or an address.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const MAX = { email: 254, firstName: 60, lastName: 60, studentNumber: 40, program: 120, year: 2 };

const fileError = (key: string, values?: Reason["values"]): RosterError => ({
  line: null,
  column: null,
  reason: values ? { key, values } : { key },
});

/** "Prénom " → "prenom", "N° étudiant" → "n etudiant": headers compared without case, accents or punctuation. */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[°º_]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function columnOf(header: string): RosterColumn | null {
  const normal = normaliseHeader(header);
  return (
    ROSTER_COLUMN_NAMES.find((name) => (ROSTER_COLUMNS[name].headers as readonly string[]).includes(normal)) ?? null
  );
}

/** The text of the file: UTF-8 (a BOM is dropped); a binary or differently encoded file is refused whole. */
function decode(bytes: Uint8Array): { text: string } | { error: RosterError } {
  if (bytes.byteLength === 0) return { error: fileError("fileEmpty") };
  if (bytes.byteLength > ROSTER_LIMITS.maxBytes)
    return { error: fileError("fileTooLarge", { megabytes: ROSTER_LIMITS.maxBytes / 1024 / 1024 }) };
  if (bytes.includes(0)) return { error: fileError("csvBinary") };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { error: fileError("csvNotUtf8") };
  }
}

type Cells = Partial<Record<RosterColumn, string>>;

function checkRow(line: number, cells: Cells, errors: RosterError[]): RosterRow | null {
  const before = errors.length;
  const fail = (column: RosterColumn, key: string, values?: Reason["values"]) =>
    errors.push({ line, column, reason: values ? { key, values } : { key } });
  for (const column of ROSTER_COLUMN_NAMES) {
    const value = cells[column] ?? "";
    if (ROSTER_COLUMNS[column].required && value === "") fail(column, "required");
    else if (CONTROL.test(value)) fail(column, "malformedText");
    else if (value.length > MAX[column] && column !== "year") fail(column, "tooLong", { max: MAX[column] });
  }
  const email = (cells.email ?? "").toLowerCase();
  if (email && !errors.some((e) => e.line === line && e.column === "email") && !EMAIL.test(email))
    fail("email", "email");
  const number = cells.studentNumber ?? "";
  if (number && !errors.some((e) => e.line === line && e.column === "studentNumber") && !STUDENT_NUMBER.test(number))
    fail("studentNumber", "studentNumberFormat");
  const yearText = cells.year ?? "";
  const year = yearText === "" ? null : Number(yearText);
  if (year !== null && !(Number.isInteger(year) && year >= 1 && year <= 8)) fail("year", "rosterYear");
  if (errors.length > before) return null;
  return {
    line,
    email,
    firstName: cells.firstName!,
    lastName: cells.lastName!,
    studentNumber: number || null,
    program: cells.program || null,
    year,
  };
}

/**
 * Reads a roster file: every line is checked and every problem reported with its line and column
 * (duplicates within the file included), so that the admin fixes the file in one go.
 */
export function parseRosterCsv(bytes: Uint8Array): ParsedRoster {
  const decoded = decode(bytes);
  if ("error" in decoded) return { separator: ",", rows: [], errors: [decoded.error], ignoredColumns: [] };
  const text = decoded.text.replace(/^\uFEFF/, "");
  const separator = detectSeparator(text);
  const { records, unterminatedQuoteAt } = parseCsv(text, separator);
  const result: ParsedRoster = { separator, rows: [], errors: [], ignoredColumns: [] };
  if (unterminatedQuoteAt !== null) {
    result.errors.push({ line: unterminatedQuoteAt, column: null, reason: { key: "csvUnclosedQuote" } });
    return result;
  }
  const [header, ...body] = records;
  if (!header) return { ...result, errors: [fileError("fileEmpty")] };

  const columns = header.fields.map((name) => columnOf(name));
  header.fields.forEach((name, index) => {
    const column = columns[index];
    if (column === null) {
      if (name.trim()) result.ignoredColumns.push(name.trim());
    } else if (columns.indexOf(column) !== index) {
      result.errors.push({ line: header.line, column, reason: { key: "csvDuplicateColumn", values: { name } } });
    }
  });
  for (const column of ROSTER_COLUMN_NAMES) {
    if (ROSTER_COLUMNS[column].required && !columns.includes(column))
      result.errors.push({ line: header.line, column, reason: { key: "csvMissingColumn" } });
  }
  if (result.errors.length > 0) return result;
  if (body.length === 0) return { ...result, errors: [fileError("csvNoRows")] };
  if (body.length > ROSTER_LIMITS.maxRows)
    return { ...result, errors: [fileError("csvTooManyRows", { max: ROSTER_LIMITS.maxRows })] };

  const seenEmails = new Map<string, number>();
  const seenNumbers = new Map<string, number>();
  for (const record of body) {
    if (record.fields.length !== header.fields.length) {
      result.errors.push({
        line: record.line,
        column: null,
        reason: { key: "csvFieldCount", values: { expected: header.fields.length, found: record.fields.length } },
      });
      continue;
    }
    const cells: Cells = {};
    record.fields.forEach((value, index) => {
      const column = columns[index];
      if (column) cells[column] = value.trim();
    });
    const row = checkRow(record.line, cells, result.errors);
    if (!row) continue;
    const sameEmail = seenEmails.get(row.email);
    const sameNumber = row.studentNumber ? seenNumbers.get(row.studentNumber.toLowerCase()) : undefined;
    if (sameEmail !== undefined)
      result.errors.push({
        line: row.line,
        column: "email",
        reason: { key: "duplicateInFile", values: { line: sameEmail } },
      });
    if (sameNumber !== undefined)
      result.errors.push({
        line: row.line,
        column: "studentNumber",
        reason: { key: "duplicateInFile", values: { line: sameNumber } },
      });
    if (sameEmail !== undefined || sameNumber !== undefined) continue;
    seenEmails.set(row.email, row.line);
    if (row.studentNumber) seenNumbers.set(row.studentNumber.toLowerCase(), row.line);
    result.rows.push(row);
  }
  return result;
}

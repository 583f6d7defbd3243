import { describe, expect, it } from "vitest";
import { detectSeparator, parseCsv } from "./parse-csv";
import { parseRosterCsv } from "./parse-roster-csv";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted fields with separators, escaped quotes and line breaks, and keeps each record's first line", () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nlast,,end\r\n';
    expect(parseCsv(text, ",")).toEqual({
      records: [
        { line: 1, fields: ["a", "b", "c"] },
        { line: 2, fields: ["x, y", 'say "hi"', "two\r\nlines"] },
        { line: 4, fields: ["last", "", "end"] },
      ],
      unterminatedQuoteAt: null,
    });
  });

  it("reads LF files, skips blank lines, and keeps empty trailing fields", () => {
    expect(parseCsv("a;b\n\n1;\n", ";").records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 3, fields: ["1", ""] },
    ]);
  });

  it("reports the line where a quote opens and never closes", () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n', ",").unterminatedQuoteAt).toBe(2);
  });

  it("detects ; or , from the header line, ignoring quoted separators", () => {
    expect(detectSeparator("email;prénom;nom\na,b,c,d,e")).toBe(";");
    expect(detectSeparator('"a;b;c",x,y\n')).toBe(",");
  });
});

describe("parseRosterCsv", () => {
  it("accepts a BOM, ; separators, French headers in any order, and normalises the e-mail", () => {
    const parsed = parseRosterCsv(
      bytes(
        "\uFEFFNom;Prénom;E-mail;N° étudiant;Formation;Année;Remarque\r\nDurand;Léa;Lea.Durand@Example.test;E1;Master;1;ok\r\n",
      ),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.separator).toBe(";");
    expect(parsed.ignoredColumns).toEqual(["Remarque"]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        email: "lea.durand@example.test",
        firstName: "Léa",
        lastName: "Durand",
        studentNumber: "E1",
        program: "Master",
        year: 1,
      },
    ]);
  });

  it("reports every bad row with its line and column, and duplicates within the file", () => {
    const parsed = parseRosterCsv(
      bytes(
        [
          "email,first name,last name,student number,year",
          "ok@example.test,Ana,Lopez,A1,2",
          "not-an-email,Bob,Martin,A2,1",
          "c@example.test,,Petit,A 3,nine",
          "ok@example.test,Ana,Lopez,A4,1",
          "d@example.test,Dan,Roy",
        ].join("\n"),
      ),
    );
    expect(parsed.errors.map((e) => [e.line, e.column, e.reason.key])).toEqual([
      [3, "email", "email"],
      [4, "firstName", "required"],
      [4, "studentNumber", "studentNumberFormat"],
      [4, "year", "rosterYear"],
      [5, "email", "duplicateInFile"],
      [6, null, "csvFieldCount"],
    ]);
    expect(parsed.errors[4]!.reason.values).toEqual({ line: 2 });
  });

  it("refuses whole files that are not CSV text: binary (NUL bytes), not UTF-8, empty, too large, or headerless", () => {
    const key = (input: Uint8Array) => parseRosterCsv(input).errors.map((e) => e.reason.key);
    expect(key(bytes("email,first name,last name\nx@y.z,A\u0000,B\n"))).toEqual(["csvBinary"]);
    expect(key(Uint8Array.from([0x65, 0x6d, 0xff, 0xfe, 0x0a]))).toEqual(["csvNotUtf8"]);
    expect(key(new Uint8Array())).toEqual(["fileEmpty"]);
    expect(key(new Uint8Array(1024 * 1024 + 1).fill(0x61))).toEqual(["fileTooLarge"]);
    expect(key(bytes("email,first name,last name\n"))).toEqual(["csvNoRows"]);
    expect(parseRosterCsv(bytes("mail,prenom\nx@y.z,A\n")).errors.map((e) => [e.line, e.column])).toEqual([
      [1, "lastName"],
    ]);
  });

  it("refuses more rows than the limit, and control characters in a field", () => {
    const many = ["email,first name,last name", ...Array.from({ length: 1001 }, (_, i) => `s${i}@x.test,A,B`)];
    expect(parseRosterCsv(bytes(many.join("\n"))).errors.map((e) => e.reason.key)).toEqual(["csvTooManyRows"]);
    const control = parseRosterCsv(bytes("email,first name,last name\nx@y.test,A\u0007,B\n"));
    expect(control.errors.map((e) => [e.line, e.column, e.reason.key])).toEqual([[2, "firstName", "malformedText"]]);
  });
});

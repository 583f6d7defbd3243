import { db, type Tx } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { normaliseHeader, parseRosterCsv, type RosterError, type RosterRow } from "./parse-roster-csv";
import { requireUniversityAdmin, scopedUniversity } from "./policy";

/**
 * What importing a row will do: invite a new student (an account is created and e-mailed a link to
 * choose a password), link an existing student account found by e-mail, update a student already
 * on the roster whose number, program or year differ, or nothing (already on the roster as is).
 */
export type RosterAction = "INVITE" | "LINK" | "UPDATE" | "UNCHANGED";

export type PreviewRow = RosterRow & {
  action: RosterAction;
  programId: string | null;
  /** The program's name as the university spells it. */
  programName: string | null;
  /** The existing account, for LINK, UPDATE and UNCHANGED. */
  studentId: string | null;
};

export type RosterPreview = {
  university: { id: string; name: string };
  rows: PreviewRow[];
  errors: RosterError[];
  ignoredColumns: string[];
  separator: string;
  counts: Record<RosterAction, number>;
};

/** Matches the parsed rows against the university's programs and the existing accounts. */
export async function resolveRoster(
  tx: Tx,
  university: { id: string; name: string },
  bytes: Uint8Array,
): Promise<RosterPreview> {
  const parsed = parseRosterCsv(bytes);
  const errors = [...parsed.errors];
  const rows: PreviewRow[] = [];
  // The rows that read well are checked against the database too, so that one pass shows every error.
  if (parsed.rows.length > 0) {
    const programs = await tx.program.findMany({
      where: { department: { universityId: university.id } },
      select: { id: true, name: true, years: true },
    });
    const byName = new Map<string, (typeof programs)[number][]>();
    for (const program of programs) {
      const key = normaliseHeader(program.name);
      byName.set(key, [...(byName.get(key) ?? []), program]);
    }
    const users = await tx.user.findMany({
      where: { email: { in: parsed.rows.map((row) => row.email) } },
      select: {
        email: true,
        role: true,
        student: {
          select: { id: true, universityId: true, programId: true, studentNumber: true, yearOfStudy: true },
        },
      },
    });
    const userByEmail = new Map(users.map((user) => [user.email.toLowerCase(), user]));
    const numbers = parsed.rows.flatMap((row) => (row.studentNumber ? [row.studentNumber] : []));
    const holders = await tx.student.findMany({
      where: { universityId: university.id, studentNumber: { in: numbers } },
      select: { id: true, studentNumber: true },
    });
    const holderOf = new Map(holders.map((holder) => [holder.studentNumber!, holder.id]));

    for (const row of parsed.rows) {
      const fail = (column: RosterError["column"], key: string, values?: Record<string, string | number>) =>
        errors.push({ line: row.line, column, reason: values ? { key, values } : { key } });
      const before = errors.length;
      let program: (typeof programs)[number] | null = null;
      if (row.program) {
        const matches = byName.get(normaliseHeader(row.program)) ?? [];
        if (matches.length === 0) fail("program", "rosterProgramUnknown", { name: row.program });
        else if (matches.length > 1) fail("program", "rosterProgramAmbiguous", { name: row.program });
        else program = matches[0]!;
      }
      const user = userByEmail.get(row.email);
      const student = user?.student ?? null;
      if (user && (user.role !== "STUDENT" || !student)) fail("email", "rosterAccountNotStudent");
      else if (student?.universityId && student.universityId !== university.id) fail("email", "rosterOtherUniversity");
      const programId = program?.id ?? (row.program ? null : (student?.programId ?? null));
      const years = program?.years ?? programs.find((p) => p.id === programId)?.years;
      if (row.year !== null && years !== undefined && row.year > years)
        fail("year", "rosterYearBeyondProgram", { max: years });
      const holder = row.studentNumber ? holderOf.get(row.studentNumber) : undefined;
      if (holder && holder !== student?.id) fail("studentNumber", "rosterNumberTaken");
      if (errors.length > before) continue;

      let action: RosterAction = "INVITE";
      if (student && student.universityId !== university.id) action = "LINK";
      else if (student) {
        const same =
          (row.studentNumber === null || row.studentNumber === student.studentNumber) &&
          (row.program === null || programId === student.programId) &&
          (row.year === null || row.year === student.yearOfStudy);
        action = same ? "UNCHANGED" : "UPDATE";
      }
      rows.push({
        ...row,
        action,
        programId,
        programName: programs.find((p) => p.id === programId)?.name ?? null,
        studentId: student?.id ?? null,
      });
    }
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const counts: Record<RosterAction, number> = { INVITE: 0, LINK: 0, UPDATE: 0, UNCHANGED: 0 };
  for (const row of rows) counts[row.action] += 1;
  return {
    university,
    rows,
    errors,
    ignoredColumns: parsed.ignoredColumns,
    separator: parsed.separator,
    counts,
  };
}

/** The preview of an import: each row and what it will do, or every error of the file. Changes nothing. */
export async function previewRosterImport(
  actor: Actor | null,
  universityId: string,
  bytes: Uint8Array,
): Promise<RosterPreview> {
  const me = requireUniversityAdmin(actor);
  const university = await scopedUniversity(me, universityId);
  return resolveRoster(db, university, bytes);
}

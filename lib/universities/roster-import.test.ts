import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { loadActor, type Actor } from "@/lib/identity/actor";
import { resetPassword } from "@/lib/identity/reset-password";
import { fieldCodes } from "@/tests/helpers/field-codes";
import { rowCounts } from "@/tests/helpers/row-counts";
import { createUser } from "@/tests/helpers/users";
import { importRoster } from "./import-roster";
import { previewRosterImport } from "./preview-roster-import";

const actorOf = async (userId: string): Promise<Actor> => (await loadActor(userId))!;
const csv = (lines: string[], eol = "\n") => new TextEncoder().encode(lines.join(eol) + eol);

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Everything an import could write, to compare before and after. */
const snapshot = async () => ({
  ...(await rowCounts()),
  roster: await db.student.findMany({
    orderBy: { id: "asc" },
    select: { id: true, universityId: true, programId: true, studentNumber: true, yearOfStudy: true },
  }),
});

let universityId: string;
let admin: Actor;
let linkedEmail: string;
let otherUniversityEmail: string;
let enterpriseEmail: string;

beforeAll(async () => {
  universityId = (await db.university.create({ data: { name: "Université Lumière" } })).id;
  const department = await db.department.create({ data: { universityId, name: "Informatique" } });
  await db.program.createMany({
    data: [
      { departmentId: department.id, name: "Master Informatique", level: "MASTER", years: 2 },
      { departmentId: department.id, name: "Licence Informatique", level: "BACHELOR", years: 3 },
    ],
  });
  admin = await actorOf((await createUser("UNIVERSITY_ADMIN", { universityId })).id);
  linkedEmail = (await createUser("STUDENT", { email: "deja.inscrite@example.test" })).email;
  const elsewhere = (await db.university.create({ data: { name: "Autre Université" } })).id;
  otherUniversityEmail = (await createUser("STUDENT", { universityId: elsewhere, email: "ailleurs@example.test" }))
    .email;
  enterpriseEmail = (await createUser("ENTERPRISE", { email: "rh@example.test" })).email;
});

const GOOD = () =>
  csv(
    [
      "email;prénom;nom;numéro étudiant;formation;année",
      `${linkedEmail};Inès;Deja;L-001;master informatique;2`,
      "nouveau.venu@example.test;Noé;Venu;L-002;Licence Informatique;1",
      '"nouvelle@example.test";"Zoé";"D\'Arc; la ""Pucelle""";L-003;;',
    ],
    "\r\n",
  );

describe("a roster file with wrong rows", () => {
  it("reports every bad row with line, column and reason, and imports nothing", async () => {
    const file = csv([
      "email,first name,last name,student number,program,year",
      "bon@example.test,Ana,Lopez,B1,Master Informatique,1",
      "pas-une-adresse,Bob,Martin,B2,,",
      `${otherUniversityEmail},Carla,Ailleurs,B3,,`,
      `${enterpriseEmail},Dan,Rh,B4,,`,
      "e@example.test,Eva,Prog,B5,Doctorat Chimie,1",
      "f@example.test,Fred,Year,B6,Master Informatique,3",
      "bon@example.test,Ana,Encore,B7,,",
    ]);
    const before = await snapshot();
    const preview = await previewRosterImport(admin, universityId, file);
    expect(preview.errors.map((e) => [e.line, e.column, e.reason.key])).toEqual([
      [3, "email", "email"],
      [4, "email", "rosterOtherUniversity"],
      [5, "email", "rosterAccountNotStudent"],
      [6, "program", "rosterProgramUnknown"],
      [7, "year", "rosterYearBeyondProgram"],
      [8, "email", "duplicateInFile"],
    ]);
    expect(preview.rows.map((row) => [row.line, row.action])).toEqual([[2, "INVITE"]]);

    const error = await failure(importRoster(admin, universityId, file));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("The file has 6 errors: nothing was imported. Fix the file and try again.");
    expect(fieldCodes(error)).toEqual({
      "rows.3.email": "email",
      "rows.4.email": "rosterOtherUniversity",
      "rows.5.email": "rosterAccountNotStudent",
      "rows.6.program": "rosterProgramUnknown",
      "rows.7.year": "rosterYearBeyondProgram",
      "rows.8.email": "duplicateInFile",
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("a good roster file", () => {
  it("previews what each row will do, without writing anything", async () => {
    const before = await snapshot();
    const preview = await previewRosterImport(admin, universityId, GOOD());
    expect(preview.errors).toEqual([]);
    expect(preview.separator).toBe(";");
    expect(preview.rows.map((row) => [row.line, row.email, row.action, row.programName, row.year])).toEqual([
      [2, linkedEmail, "LINK", "Master Informatique", 2],
      [3, "nouveau.venu@example.test", "INVITE", "Licence Informatique", 1],
      [4, "nouvelle@example.test", "INVITE", null, null],
    ]);
    expect(preview.rows[2]!.lastName).toBe('D\'Arc; la "Pucelle"');
    expect(await snapshot()).toEqual(before);
  });

  it("links the existing account, invites the new students by e-mail, all at once; a second import changes nothing", async () => {
    const before = await rowCounts();
    const result = await importRoster(admin, universityId, GOOD());
    expect(result.counts).toEqual({ INVITE: 2, LINK: 1, UPDATE: 0, UNCHANGED: 0 });

    const linked = await db.student.findFirstOrThrow({
      where: { user: { email: linkedEmail } },
      select: { universityId: true, studentNumber: true, yearOfStudy: true, program: { select: { name: true } } },
    });
    expect(linked).toEqual({
      universityId,
      studentNumber: "L-001",
      yearOfStudy: 2,
      program: { name: "Master Informatique" },
    });
    const invited = await db.user.findUniqueOrThrow({
      where: { email: "nouveau.venu@example.test" },
      select: {
        name: true,
        role: true,
        passwordHash: true,
        student: { select: { universityId: true, studentNumber: true } },
      },
    });
    expect(invited).toEqual({
      name: "Noé Venu",
      role: "STUDENT",
      passwordHash: null,
      student: { universityId, studentNumber: "L-002" },
    });
    expect(await rowCounts()).toMatchObject({ users: before.users + 2, students: before.students + 2 });

    // Each new student got one e-mail with a single-use link to choose a password; the linked one none.
    const mails = await db.emailMessage.findMany({
      where: { to: { in: ["nouveau.venu@example.test", "nouvelle@example.test", linkedEmail] } },
    });
    expect(mails.map((m) => [m.to, m.subject]).sort()).toEqual([
      ["nouveau.venu@example.test", "Université Lumière a ouvert votre compte Stagiaire"],
      ["nouvelle@example.test", "Université Lumière a ouvert votre compte Stagiaire"],
    ]);
    const token = decodeURIComponent(/reset-password\?token=([^\s&"]+)/.exec(mails[0]!.text)![1]!);
    await resetPassword({ token, password: "Rentree-2027!" });
    const signedUp = await db.user.findUniqueOrThrow({ where: { email: mails[0]!.to } });
    expect(signedUp.passwordHash).not.toBeNull();
    expect(signedUp.emailVerified).not.toBeNull();
    await expect(resetPassword({ token, password: "Rentree-2028!" })).rejects.toMatchObject({ code: "INVALID_TOKEN" });

    // The same file again: every row already on the roster, nothing written, no e-mail.
    const again = await snapshot();
    const second = await importRoster(admin, universityId, GOOD());
    expect(second.counts).toEqual({ INVITE: 0, LINK: 0, UPDATE: 0, UNCHANGED: 3 });
    expect(await snapshot()).toEqual(again);
  });

  it("updates a student already on the roster when the file changes their year", async () => {
    const file = csv(["email,first name,last name,year", `${linkedEmail},Inès,Deja,1`]);
    const result = await importRoster(admin, universityId, file);
    expect(result.counts).toEqual({ INVITE: 0, LINK: 0, UPDATE: 1, UNCHANGED: 0 });
    const student = await db.student.findFirstOrThrow({ where: { user: { email: linkedEmail } } });
    expect([student.yearOfStudy, student.studentNumber]).toEqual([1, "L-001"]);
  });

  it("refuses a number another student of the university already has", async () => {
    const file = csv(["email,first name,last name,student number", "vol@example.test,Val,Ole,L-002"]);
    const error = await failure(importRoster(admin, universityId, file));
    expect(fieldCodes(error)).toEqual({ "rows.2.studentNumber": "rosterNumberTaken" });
  });
});

describe("who may import", () => {
  it("refuses supervisors, students and enterprises, and hides another university's roster", async () => {
    const supervisor = await actorOf((await createUser("UNIVERSITY_SUPERVISOR", { universityId })).id);
    const student = await actorOf((await createUser("STUDENT", { universityId })).id);
    const enterprise = await actorOf((await createUser("ENTERPRISE")).id);
    const otherAdmin = await actorOf((await createUser("UNIVERSITY_ADMIN")).id);
    const before = await snapshot();
    for (const actor of [supervisor, student, enterprise]) {
      expect((await failure(importRoster(actor, universityId, GOOD()))).code).toBe("FORBIDDEN");
      expect((await failure(previewRosterImport(actor, universityId, GOOD()))).code).toBe("FORBIDDEN");
    }
    expect((await failure(importRoster(otherAdmin, universityId, GOOD()))).code).toBe("NOT_FOUND");
    expect((await failure(previewRosterImport(otherAdmin, universityId, GOOD()))).code).toBe("NOT_FOUND");
    expect((await failure(importRoster(null, universityId, GOOD()))).code).toBe("UNAUTHENTICATED");
    expect(await snapshot()).toEqual(before);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { acceptInvitation } from "@/lib/identity/accept-invitation";
import { loadActor, type Actor } from "@/lib/identity/actor";
import { createUser } from "@/tests/helpers/users";
import { cancelInvitation } from "./cancel-invitation";
import { createDepartment } from "./create-department";
import { createProgram } from "./create-program";
import { inviteSupervisor } from "./invite-supervisor";
import { listDepartments } from "./list-departments";
import { listSupervisors } from "./list-supervisors";
import { removeDepartment } from "./remove-department";
import { removeProgram } from "./remove-program";
import { renameDepartment } from "./rename-department";
import { resendInvitation } from "./resend-invitation";

const actorOf = async (userId: string): Promise<Actor> => (await loadActor(userId))!;
const failure = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(AppError);
      return error as AppError;
    },
  );
const tokenOf = (text: string) => decodeURIComponent(/token=([^\s&"]+)/.exec(text)![1]!);

let universityId: string;
let admin: Actor;

beforeAll(async () => {
  universityId = (await db.university.create({ data: { name: "Université Pasteur" } })).id;
  admin = await actorOf((await createUser("UNIVERSITY_ADMIN", { universityId })).id);
});

describe("departments and programs", () => {
  it("creates, renames and removes; refuses to remove what is used, and says why", async () => {
    const department = await createDepartment(admin, universityId, { name: "Biologie" });
    expect((await failure(createDepartment(admin, universityId, { name: "Biologie" }))).reason.key).toBe(
      "departmentNameTaken",
    );
    await renameDepartment(admin, universityId, { departmentId: department.id, name: "Sciences du vivant" });
    const program = await createProgram(admin, universityId, {
      departmentId: department.id,
      name: "Master Génétique",
      level: "MASTER",
      years: 2,
    });
    expect(
      (
        await failure(
          createProgram(admin, universityId, { departmentId: department.id, name: "X", level: "MASTER", years: 9 }),
        )
      ).details.fieldErrors,
    ).toMatchObject({ years: { key: "tooLarge" } });
    const student = await createUser("STUDENT", { universityId });
    await db.student.update({ where: { userId: student.id }, data: { programId: program.id } });

    const inUse = await failure(removeDepartment(admin, universityId, department.id));
    expect([inUse.code, inUse.message]).toEqual([
      "CONFLICT",
      "This department cannot be removed: it still has 1 program and no staff member. Remove its programs and move its staff first.",
    ]);
    const enrolled = await failure(removeProgram(admin, universityId, program.id));
    expect(enrolled.message).toBe("This program cannot be removed: 1 student is enrolled in it.");

    await db.student.update({ where: { userId: student.id }, data: { programId: null } });
    await removeProgram(admin, universityId, program.id);
    await removeDepartment(admin, universityId, department.id);
    expect((await listDepartments(admin, universityId)).items).toEqual([]);
  });

  it("keeps another university's admin, supervisors and students out", async () => {
    const department = await createDepartment(admin, universityId, { name: "Physique" });
    const other = await actorOf((await createUser("UNIVERSITY_ADMIN")).id);
    const supervisor = await actorOf((await createUser("UNIVERSITY_SUPERVISOR", { universityId })).id);
    expect(
      (await failure(renameDepartment(other, universityId, { departmentId: department.id, name: "X y" }))).code,
    ).toBe("NOT_FOUND");
    expect((await failure(removeDepartment(supervisor, universityId, department.id))).code).toBe("FORBIDDEN");
    expect((await failure(listDepartments(other, universityId))).code).toBe("NOT_FOUND");
    expect((await listDepartments(supervisor, universityId)).items.map((d) => d.name)).toEqual(["Physique"]);
  });
});

describe("supervisors invited by e-mail", () => {
  it("e-mails a single-use link; the invitation is pending until accepted, then the supervisor has their department", async () => {
    const department = await createDepartment(admin, universityId, { name: "Chimie" });
    await inviteSupervisor(admin, universityId, {
      name: "Marie Curie",
      email: "Marie.Curie@Example.test",
      departmentId: department.id,
    });
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: "marie.curie@example.test" } });
    expect(mail.subject).toBe("Université Pasteur vous invite à suivre les stages de ses étudiants sur Stagiaire");
    const pending = (await listSupervisors(admin, universityId)).invitations;
    expect(pending).toMatchObject([
      { email: "marie.curie@example.test", name: "Marie Curie", department: { name: "Chimie" }, expired: false },
    ]);

    // Sent again: the first link stops working, the new one works once.
    await resendInvitation(admin, universityId, { invitationId: pending[0]!.id });
    const mails = await db.emailMessage.findMany({
      where: { to: "marie.curie@example.test" },
      orderBy: { createdAt: "asc" },
    });
    expect(mails).toHaveLength(2);
    const stale = await failure(
      acceptInvitation({ token: tokenOf(mails[0]!.text), name: "Marie Curie", password: "Radium-1898!" }),
    );
    expect(stale.code).toBe("INVALID_TOKEN");
    await acceptInvitation({ token: tokenOf(mails[1]!.text), name: "Marie Curie", password: "Radium-1898!" });
    const staff = await db.universityStaff.findFirstOrThrow({
      where: { user: { email: "marie.curie@example.test" } },
      select: { universityId: true, departmentId: true, user: { select: { role: true } } },
    });
    expect(staff).toEqual({ universityId, departmentId: department.id, user: { role: "UNIVERSITY_SUPERVISOR" } });
    expect((await listSupervisors(admin, universityId)).invitations).toEqual([]);
    expect(
      (await failure(inviteSupervisor(admin, universityId, { name: "Marie C", email: "marie.curie@example.test" })))
        .code,
    ).toBe("CONFLICT");
  });

  it("cancels an invitation: its link no longer works", async () => {
    const { invitationId } = await inviteSupervisor(admin, universityId, {
      name: "Paul Langevin",
      email: "paul@example.test",
    });
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: "paul@example.test" } });
    const outsider = await actorOf((await createUser("UNIVERSITY_ADMIN")).id);
    expect((await failure(cancelInvitation(outsider, universityId, { invitationId }))).code).toBe("NOT_FOUND");
    await cancelInvitation(admin, universityId, { invitationId });
    expect((await failure(cancelInvitation(admin, universityId, { invitationId }))).code).toBe("CONFLICT");
    const refused = await failure(
      acceptInvitation({ token: tokenOf(mail.text), name: "Paul Langevin", password: "Ondes-1917!" }),
    );
    expect(refused.code).toBe("INVALID_TOKEN");
  });
});

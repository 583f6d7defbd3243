import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { loadActor, type Actor } from "@/lib/identity/actor";
import { createUser } from "@/tests/helpers/users";
import { createDepartment } from "./create-department";
import { createProgram } from "./create-program";
import { removeDepartment } from "./remove-department";
import { removeProgram } from "./remove-program";

let universityId: string;
let admin: Actor;

beforeAll(async () => {
  universityId = (await db.university.create({ data: { name: "Université Lumière" } })).id;
  admin = (await loadActor((await createUser("UNIVERSITY_ADMIN", { universityId })).id))!;
});

/** Resolves once some other session waits on a row lock (the removal, blocked by the open transaction). */
async function someoneWaitsOnALock() {
  for (let attempt = 0; attempt < 100; attempt++) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      select count(*)::int as waiting from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`;
    if (row!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the removal never waited for the open transaction");
}

/**
 * Runs `change` in a transaction left open while `removal` starts, and commits it once the removal
 * waits on its lock: the interleaving in which a check-then-delete loses the change.
 */
async function raced(
  change: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<unknown>,
  removal: () => Promise<unknown>,
) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let changed!: () => void;
  const changeMade = new Promise<void>((resolve) => (changed = resolve));
  const transaction = db.$transaction(
    async (tx) => {
      await change(tx);
      changed();
      await gate;
    },
    { timeout: 20_000 },
  );
  await changeMade;
  const removed = removal().then(
    () => null,
    (error: unknown) => error,
  );
  await someoneWaitsOnALock();
  release();
  await transaction;
  return removed;
}

describe("removing a program or a department while something is being linked to it", () => {
  it("refuses to remove a program a student is enrolled in meanwhile, and the student keeps it", async () => {
    const department = await createDepartment(admin, universityId, { name: "Lettres" });
    const program = await createProgram(admin, universityId, {
      departmentId: department.id,
      name: "Licence Lettres modernes",
      level: "BACHELOR",
      years: 3,
    });
    const student = await createUser("STUDENT", { universityId });

    const error = await raced(
      (tx) => tx.student.update({ where: { userId: student.id }, data: { programId: program.id } }),
      () => removeProgram(admin, universityId, program.id),
    );

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe("This program cannot be removed: 1 student is enrolled in it.");
    const enrolled = await db.student.findUniqueOrThrow({ where: { userId: student.id }, select: { programId: true } });
    expect(enrolled.programId).toBe(program.id);
    expect(await db.program.count({ where: { id: program.id } })).toBe(1);
  });

  it("refuses to remove a department a program is created in meanwhile, and the program stays", async () => {
    const department = await createDepartment(admin, universityId, { name: "Langues" });

    const error = await raced(
      (tx) => tx.program.create({ data: { departmentId: department.id, name: "Master Traduction" } }),
      () => removeDepartment(admin, universityId, department.id),
    );

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
    expect(await db.program.count({ where: { departmentId: department.id, name: "Master Traduction" } })).toBe(1);
  });
});

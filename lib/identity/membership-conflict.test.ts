import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { createUser } from "@/tests/helpers/users";
import { loadActor } from "./actor";
import { membershipConflict } from "./membership-conflict";

const enterpriseOf = async (userId: string) =>
  (await db.enterpriseMember.findUniqueOrThrow({ where: { userId } })).enterpriseId;

describe("one enterprise per account", () => {
  it("refuses a second membership as a CONFLICT, and the account keeps its enterprise", async () => {
    const member = await createUser("ENTERPRISE");
    const first = await enterpriseOf(member.id);
    const other = await enterpriseOf((await createUser("ENTERPRISE")).id);

    const error = await db.enterpriseMember
      .create({ data: { enterpriseId: other, userId: member.id } })
      .then(() => null, membershipConflict);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "CONFLICT", reason: { key: "oneEnterprisePerAccount" } });
    expect(
      await db.enterpriseMember.findMany({ where: { userId: member.id }, select: { enterpriseId: true } }),
    ).toEqual([{ enterpriseId: first }]);
    expect((await loadActor(member.id))?.enterprise?.id).toBe(first);
  });

  it("leaves any other failure as it is", async () => {
    const user = await createUser("STUDENT");
    const duplicate = await db.user
      .create({ data: { email: user.email, name: "Twin" } })
      .then(() => null, membershipConflict);
    expect(duplicate).not.toBeInstanceOf(AppError);
    const plain = new Error("boom");
    expect(membershipConflict(plain)).toBe(plain);
  });
});

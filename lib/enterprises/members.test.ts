import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { acceptInvitation } from "@/lib/identity/accept-invitation";
import { loadActor, type Actor } from "@/lib/identity/actor";
import { inviteStaff } from "@/lib/identity/invite-staff";
import { rowCounts } from "@/tests/helpers/row-counts";
import { createUser } from "@/tests/helpers/users";
import { describeOwnEnterprise } from "./describe-own-enterprise";
import { inviteMember } from "./invite-member";
import { removeMember } from "./remove-member";
import { fieldCodes } from "@/tests/helpers/field-codes";

const actorOf = async (userId: string): Promise<Actor> => (await loadActor(userId))!;
const password = "Equipe-2027!";

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The single-use token carried by the last e-mail sent to `to`. */
async function tokenSentTo(to: string) {
  const email = await db.emailMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  return { email, token: decodeURIComponent(/token=([^\s&"]+)/.exec(email.text)![1]!) };
}

async function team(name = "Numeria Test") {
  const admin = await createUser("ENTERPRISE");
  const enterpriseId = (await db.enterpriseMember.findFirstOrThrow({ where: { userId: admin.id } })).enterpriseId;
  await db.enterprise.update({ where: { id: enterpriseId }, data: { name } });
  return { enterpriseId, admin: await actorOf(admin.id) };
}

async function addMember(enterpriseId: string, role: "ADMIN" | "RECRUITER" | "TUTOR") {
  const user = await createUser("ENTERPRISE", { enterpriseId });
  const member = await db.enterpriseMember.update({
    where: { enterpriseId_userId: { enterpriseId, userId: user.id } },
    data: { role },
  });
  return { member, actor: await actorOf(user.id) };
}

describe("inviting a member", () => {
  it("e-mails a link naming the enterprise and role; accepting creates an ENTERPRISE account with that role", async () => {
    const { enterpriseId, admin } = await team("Atelier Lumen");
    await inviteMember(admin, { email: "Tuteur.Nouveau@Example.test", role: "TUTOR" });
    const { email, token } = await tokenSentTo("tuteur.nouveau@example.test");
    expect(email.subject).toBe("Atelier Lumen vous invite à rejoindre son équipe sur Stagiaire");
    expect(email.text).toContain("en tant que tuteur·rice");
    expect(
      await db.outboxEvent.count({
        where: {
          name: "enterprise.member-invited",
          data: { equals: { enterpriseId, email: "tuteur.nouveau@example.test" } },
        },
      }),
    ).toBe(1);
    expect((await describeOwnEnterprise(admin)).invitations).toEqual([
      expect.objectContaining({ email: "tuteur.nouveau@example.test", role: "TUTOR" }),
    ]);

    await acceptInvitation({ token, name: "Théo Tuteur", password });
    const user = await db.user.findUniqueOrThrow({
      where: { email: "tuteur.nouveau@example.test" },
      include: { enterpriseMember: true },
    });
    expect(user.role).toBe("ENTERPRISE");
    expect(user.emailVerified).not.toBeNull();
    expect(user.enterpriseMember).toMatchObject({ enterpriseId, role: "TUTOR" });
    expect((await actorOf(user.id)).enterprise).toEqual({ id: enterpriseId, memberRole: "TUTOR", verified: false });
    expect((await describeOwnEnterprise(admin)).invitations).toEqual([]);
  });

  it("refuses an address that already has an account, with a clear field error, writing nothing", async () => {
    const { admin } = await team();
    const existing = await createUser("STUDENT");
    const before = await rowCounts();
    const error = await failure(inviteMember(admin, { email: existing.email, role: "RECRUITER" }));
    expect(error.code).toBe("CONFLICT");
    expect(fieldCodes(error)).toEqual({ email: "emailTaken" });
    expect(await rowCounts()).toEqual(before);
  });

  it("an account created meanwhile makes the acceptance a conflict, and the link stays usable", async () => {
    const { admin } = await team();
    await inviteMember(admin, { email: "late@example.test", role: "RECRUITER" });
    const { token } = await tokenSentTo("late@example.test");
    await createUser("STUDENT", { email: "late@example.test" });
    const error = await failure(acceptInvitation({ token, name: "Late Comer", password }));
    expect(error.code).toBe("CONFLICT");
    expect(fieldCodes(error)).toEqual({ email: "emailTaken" });
    expect(await db.authToken.count({ where: { email: "late@example.test", usedAt: null } })).toBe(1);
  });

  it("is for admins only: recruiters and tutors are refused, and a bad role is invalid", async () => {
    const { enterpriseId, admin } = await team();
    const recruiter = await addMember(enterpriseId, "RECRUITER");
    const before = await rowCounts();
    expect((await failure(inviteMember(recruiter.actor, { email: "x@example.test", role: "RECRUITER" }))).code).toBe(
      "FORBIDDEN",
    );
    expect(fieldCodes(await failure(inviteMember(admin, { email: "x@example.test", role: "OWNER" })))).toEqual({
      role: "roleNotAllowed",
    });
    expect(fieldCodes(await failure(inviteMember(admin, { email: "not-an-address", role: "TUTOR" })))).toEqual({
      email: "email",
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("keeps the university staff invitation working as before", async () => {
    const universityAdmin = await actorOf((await createUser("UNIVERSITY_ADMIN")).id);
    await inviteStaff(universityAdmin, {
      email: "encadrant.test@example.test",
      role: "UNIVERSITY_SUPERVISOR",
      universityId: universityAdmin.university!.id,
    });
    const { email, token } = await tokenSentTo("encadrant.test@example.test");
    expect(email.subject).toBe("Vous êtes invité·e à rejoindre votre université sur Stagiaire");
    await acceptInvitation({ token, name: "Nadia Benali", password });
    const user = await db.user.findUniqueOrThrow({
      where: { email: "encadrant.test@example.test" },
      include: { universityStaff: true, enterpriseMember: true },
    });
    expect(user.role).toBe("UNIVERSITY_SUPERVISOR");
    expect(user.universityStaff?.universityId).toBe(universityAdmin.university!.id);
    expect(user.enterpriseMember).toBeNull();
  });
});

describe("removing a member", () => {
  it("never removes the last admin, even at their own request", async () => {
    const { enterpriseId, admin } = await team();
    const me = await db.enterpriseMember.findFirstOrThrow({ where: { userId: admin.userId } });
    const error = await failure(removeMember(admin, { memberId: me.id }));
    expect(error.code).toBe("CONFLICT");
    expect(fieldCodes(error)).toEqual({ memberId: "lastAdmin" });
    expect(await db.enterpriseMember.count({ where: { enterpriseId, role: "ADMIN" } })).toBe(1);
  });

  it("removes a recruiter, and lets an admin leave when another admin stays", async () => {
    const { enterpriseId, admin } = await team();
    const recruiter = await addMember(enterpriseId, "RECRUITER");
    const second = await addMember(enterpriseId, "ADMIN");
    await removeMember(admin, { memberId: recruiter.member.id });
    const me = await db.enterpriseMember.findFirstOrThrow({ where: { userId: admin.userId } });
    await removeMember(admin, { memberId: me.id });
    expect(await db.enterpriseMember.findMany({ where: { enterpriseId }, select: { id: true } })).toEqual([
      { id: second.member.id },
    ]);
    expect(await db.auditLog.count({ where: { entityId: enterpriseId, action: "enterprise.member-removed" } })).toBe(2);
  });

  it("cannot reach another enterprise's member, and recruiters cannot remove anyone", async () => {
    const ours = await team();
    const theirs = await team();
    const recruiter = await addMember(ours.enterpriseId, "RECRUITER");
    const victim = await addMember(theirs.enterpriseId, "RECRUITER");
    expect((await failure(removeMember(ours.admin, { memberId: victim.member.id }))).code).toBe("NOT_FOUND");
    expect((await failure(removeMember(recruiter.actor, { memberId: recruiter.member.id }))).code).toBe("FORBIDDEN");
    expect(await db.enterpriseMember.count({ where: { id: { in: [victim.member.id, recruiter.member.id] } } })).toBe(2);
  });
});

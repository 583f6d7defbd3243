import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/core/db";
import { fileStorage } from "@/lib/core/storage";
import { actorOf, applicationIn, enterpriseWithOffer, memberOf, studentWithCv } from "@/tests/helpers/applications";
import { createUser, PASSWORD } from "@/tests/helpers/users";
import { cancelAccountDeletion } from "./cancel-account-deletion";
import { eraseDueAccounts } from "./erase-due-accounts";
import { scheduleAccountDeletion } from "./schedule-account-deletion";
import { setUserDisabled } from "./set-user-disabled";

const DAY = 86_400_000;
const failure = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? `${error.code}:${error.reason.key}` : String(error)),
  );

/** A student with a stored CV, a saved offer, a draft, an open and a decided application. */
async function livingStudent() {
  const student = await studentWithCv({ cv: false });
  const bytes = new TextEncoder().encode("%PDF-1.4 CV");
  const { storageKey } = await fileStorage().put({ bytes, fileName: "cv.pdf", contentType: "application/pdf" });
  const cv = await db.document.create({
    data: {
      ownerId: student.user.id,
      kind: "CV",
      title: "CV",
      versions: {
        create: {
          version: 1,
          storageKey,
          fileName: "cv.pdf",
          contentType: "application/pdf",
          size: 11,
          sha256: "0".repeat(64),
        },
      },
    },
  });
  await db.student.update({
    where: { id: student.studentId },
    data: { cvDocumentId: cv.id, headline: "Étudiante data", phone: "0600000000", bio: "Passionnée." },
  });
  const { offerId, enterpriseId } = await enterpriseWithOffer();
  const other = await enterpriseWithOffer();
  const third = await enterpriseWithOffer();
  await db.favourite.create({ data: { studentId: student.studentId, offerId } });
  const draft = await applicationIn("DRAFT", offerId, student.studentId);
  const open = await applicationIn("SHORTLISTED", other.offerId, student.studentId, { cvDocumentId: cv.id });
  const decided = await applicationIn("REJECTED", third.offerId, student.studentId);
  return { ...student, storageKey, cvId: cv.id, enterpriseId, draft, open, decided };
}

describe("deleting one's account", () => {
  it("is scheduled 30 days ahead after the password, ends the other sessions, and can be cancelled", async () => {
    const user = await createUser("STUDENT");
    const actor = await actorOf(user.id);
    const expires = new Date(Date.now() + DAY);
    await db.session.create({ data: { userId: user.id, sessionToken: `s-${user.id}`, expires } });
    expect(await failure(scheduleAccountDeletion(actor, { password: "wrong-one-1", confirm: true }))).toBe(
      "VALIDATION:invalidFields",
    );
    expect(await failure(scheduleAccountDeletion(actor, { password: PASSWORD, confirm: false }))).toBe(
      "VALIDATION:invalidFields",
    );
    const now = new Date("2026-11-29T10:00:00Z");
    const { deletionScheduledFor } = await scheduleAccountDeletion(actor, { password: PASSWORD, confirm: true }, now);
    expect(deletionScheduledFor).toEqual(new Date("2026-12-29T10:00:00Z"));
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await failure(scheduleAccountDeletion(actor, { password: PASSWORD, confirm: true }))).toBe(
      "CONFLICT:deletionAlreadyScheduled",
    );
    await cancelAccountDeletion(actor);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deletionScheduledFor).toBeNull();
    expect(await failure(cancelAccountDeletion(actor))).toBe("CONFLICT:noDeletionScheduled");
  });

  it("never leaves an enterprise without an admin", async () => {
    const { actor, enterpriseId } = await enterpriseWithOffer();
    expect(await failure(scheduleAccountDeletion(actor, { password: PASSWORD, confirm: true }))).toBe(
      "CONFLICT:lastEnterpriseAdmin",
    );
    await memberOf(enterpriseId, "ADMIN");
    expect(await failure(scheduleAccountDeletion(actor, { password: PASSWORD, confirm: true }))).toBeNull();
  });

  it("erases what is due, once: the person's data and files go, the records others keep stay without them", async () => {
    const me = await livingStudent();
    const waiting = await livingStudent();
    await scheduleAccountDeletion(
      await actorOf(me.user.id),
      { password: PASSWORD, confirm: true },
      new Date(Date.now() - 31 * DAY),
    );
    await scheduleAccountDeletion(await actorOf(waiting.user.id), { password: PASSWORD, confirm: true });

    expect(await eraseDueAccounts()).toEqual({ erased: 1 });
    const user = await db.user.findUniqueOrThrow({ where: { id: me.user.id } });
    expect(user).toMatchObject({
      name: "Compte supprimé",
      passwordHash: null,
      email: `deleted-${me.user.id}@deleted.invalid`,
    });
    expect(user.deletedAt).not.toBeNull();
    expect(await actorOf(me.user.id)).toBeNull();
    expect(await db.student.findUniqueOrThrow({ where: { id: me.studentId } })).toMatchObject({
      headline: null,
      phone: null,
      bio: null,
      cvDocumentId: null,
      visibleToEnterprises: false,
    });
    expect(await db.document.count({ where: { id: me.cvId } })).toBe(0);
    expect(await fileStorage().get(me.storageKey)).toBeNull();
    expect(await db.favourite.count({ where: { studentId: me.studentId } })).toBe(0);
    expect(await db.application.count({ where: { id: me.draft } })).toBe(0);
    expect(await db.application.findUniqueOrThrow({ where: { id: me.open } })).toMatchObject({
      status: "WITHDRAWN",
      coverLetter: null,
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: me.decided } })).toMatchObject({
      status: "REJECTED",
      coverLetter: null,
    });

    // The one still in its grace period is untouched; a second night erases nothing more.
    expect(await db.student.findUniqueOrThrow({ where: { id: waiting.studentId } })).toMatchObject({
      phone: "0600000000",
    });
    expect(await fileStorage().get(waiting.storageKey)).not.toBeNull();
    expect(await eraseDueAccounts()).toEqual({ erased: 0 });
    const admin = await actorOf((await createUser("SYSTEM_ADMIN")).id);
    expect(await failure(setUserDisabled(admin, me.user.id, false))).toBe("CONFLICT:accountErased");
  });
});

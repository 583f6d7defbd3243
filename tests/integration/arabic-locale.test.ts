import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { translator } from "@/lib/core/translator";
import { changeLocale } from "@/lib/identity/change-locale";
import { loadActor } from "@/lib/identity/actor";
import { updateAccount } from "@/lib/identity/update-account";
import { sendStaffMessage } from "@/lib/notifications/send-staff-message";
import { createUser } from "@/tests/helpers/users";

const ARABIC = /[\u0600-\u06FF]/;

async function programWithStudents() {
  const admin = await createUser("UNIVERSITY_ADMIN");
  const { universityId } = await db.universityStaff.findFirstOrThrow({ where: { userId: admin.id } });
  const department = await db.department.create({ data: { universityId, name: `Dept ${admin.id}` } });
  const program = await db.program.create({ data: { departmentId: department.id, name: "Master MIAGE" } });
  const arabic = await createUser("STUDENT", { universityId });
  const french = await createUser("STUDENT", { universityId });
  await db.user.update({ where: { id: arabic.id }, data: { locale: "ar", name: "ليلى" } });
  await db.student.updateMany({ where: { userId: { in: [arabic.id, french.id] } }, data: { programId: program.id } });
  return { admin: (await loadActor(admin.id))!, program, arabic, french };
}

describe("Arabic as a user's language", () => {
  it("a notification e-mail to an Arabic-speaking user is written in Arabic, right to left", async () => {
    const { admin, program, arabic, french } = await programWithStudents();
    await sendStaffMessage(admin, {
      audience: { type: "program", id: program.id },
      title: "Forum des stages",
      body: "Jeudi à 14 h, amphi A.",
    });
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: arabic.email, kind: "staffMessages" } });
    const t = translator("ar", "emails");
    const greeting = t("greetingNamed", { name: "ليلى" });
    expect(greeting).toMatch(ARABIC);
    expect(mail.html).toMatch(/<html[^>]* lang="ar"/);
    expect(mail.html).toMatch(/<html[^>]* dir="rtl"/);
    expect(mail.html).toContain(greeting);
    expect(mail.html).toContain(t("footer"));
    expect(mail.html).toContain(translator("ar", "notifications.email")("open"));
    // The unsubscribe link is named in Arabic too, in the HTML and the text part.
    const unsubscribe = translator("ar", "notifications.email")("unsubscribe", {
      kind: translator("ar", "notifications.kinds")("staffMessages.label"),
    });
    expect(unsubscribe).toMatch(ARABIC);
    expect(mail.html).toContain(unsubscribe);
    expect(mail.text).toContain(unsubscribe);
    expect(mail.text).toContain(greeting);

    // The same message to a French-speaking student stays French, left to right.
    const other = await db.emailMessage.findFirstOrThrow({ where: { to: french.email, kind: "staffMessages" } });
    expect(other.html).toMatch(/<html[^>]* lang="fr"/);
    expect(other.html).toMatch(/<html[^>]* dir="ltr"/);
    expect(other.html).not.toMatch(ARABIC);
  });

  it("is remembered on the account by the language switch and the profile form", async () => {
    const user = await createUser("STUDENT");
    const actor = (await loadActor(user.id))!;
    expect(await changeLocale(actor, "ar")).toBe("ar");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("ar");

    await changeLocale(actor, "en");
    expect(await updateAccount(actor, { name: "Leila", locale: "ar" })).toEqual({ name: "Leila", locale: "ar" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("ar");
    await expect(updateAccount(actor, { name: "Leila", locale: "fa" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("ar");
  });
});

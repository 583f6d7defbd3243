import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { loadActor } from "@/lib/identity/actor";
import { notifyStatusChange } from "@/lib/applications/notify-status-change";
import { issueAccountLink } from "@/lib/identity/issue-account-link";
import { applicationIn, enterpriseWithOffer, studentWithCv } from "@/tests/helpers/applications";
import { createUser } from "@/tests/helpers/users";
import { defaultWording } from "@/lib/notifications/default-email-wording";
import { listEmailTemplates } from "@/lib/notifications/list-email-templates";
import { previewEmailTemplate } from "@/lib/notifications/preview-email-template";
import { resetEmailTemplate } from "@/lib/notifications/reset-email-template";
import { saveEmailTemplate } from "@/lib/notifications/save-email-template";
import { messageVariables } from "@/lib/notifications/template-variables";

const admin = async () => loadActor((await createUser("SYSTEM_ADMIN")).id);

/** An invitation of a student put on a roster, in the given language, as the roster import queues it. */
async function rosterEmail(locale: "fr" | "en" | "ar") {
  const email = `roster-${Math.random().toString(36).slice(2, 8)}@example.test`;
  await db.$transaction((tx) =>
    issueAccountLink(tx, "INVITATION", { email, name: "Salma Haddad", locale }, undefined, {
      kind: "rosterInvitation",
      values: { university: "Université de Sfax" },
    }),
  );
  return db.emailMessage.findFirstOrThrow({ where: { to: email } });
}

describe("staff wording of the e-mails", () => {
  it("replaces the default subject and text of the e-mails sent afterwards, in that language only", async () => {
    const actor = await admin();
    await saveEmailTemplate(actor, {
      key: "rosterInvitation",
      locale: "en",
      subject: "Welcome to {university}, {name}",
      body: "Your account at {university} is ready.\n\nSet a password to sign in.",
    });

    const english = await rosterEmail("en");
    expect(english.subject).toBe("Welcome to Université de Sfax, Salma Haddad");
    expect(english.text).toContain("Your account at Université de Sfax is ready.\n\nSet a password to sign in.");
    expect(english.html).toContain("Your account at Université de Sfax is ready.");
    // The button, its link and the footer stay.
    expect(english.text).toMatch(/Choose my password: http\S+\/reset-password\?token=/);
    expect(english.html).not.toContain("has added you to its student roster");

    const french = await rosterEmail("fr");
    expect(french.subject).toBe("Université de Sfax a ouvert votre compte Stagiaire");

    // Back to default: the next e-mail reads the catalogue again, and the listing says so.
    expect(await resetEmailTemplate(actor, { key: "rosterInvitation", locale: "en" })).toEqual({ reset: true });
    expect((await rosterEmail("en")).subject).toBe("Université de Sfax has opened your Stagiaire account");
    const roster = (await listEmailTemplates(actor)).find((entry) => entry.key === "rosterInvitation")!;
    expect(roster.wordings.map((wording) => [wording.locale, wording.override])).toEqual([
      ["fr", null],
      ["en", null],
      ["ar", null],
    ]);
    const entries = await db.auditLog.findMany({ where: { actorId: actor!.userId }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual(["emailTemplate.saved", "emailTemplate.reset"]);
  });

  it("rewords a decline e-mail to an Arabic-speaking student, right to left, keeping the enterprise's message after it", async () => {
    await saveEmailTemplate(await admin(), {
      key: "applicationREJECTED",
      locale: "ar",
      subject: "بخصوص «{title}»",
      body: "شكرًا {name}. لم تواصل {enterprise} دراسة ترشحك.",
    });
    const { enterpriseId, offerId } = await enterpriseWithOffer({ title: "Stage data" });
    const { user, studentId } = await studentWithCv();
    await db.user.update({ where: { id: user.id }, data: { locale: "ar" } });
    const applicationId = await applicationIn("REJECTED", offerId, studentId);
    const change = await db.applicationStatusChange.create({
      data: { applicationId, fromStatus: "UNDER_REVIEW", toStatus: "REJECTED", note: "Profil très proche, à bientôt." },
    });
    await notifyStatusChange(change.id);
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: user.email } });
    const enterprise = await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } });
    expect(mail.subject).toBe("بخصوص «Stage data»");
    expect(mail.html).toMatch(/<html[^>]* dir="rtl"/);
    const text = mail.text.split("\n\n");
    expect(text[1]).toBe(`شكرًا ${user.name}. لم تواصل ${enterprise.name} دراسة ترشحك.`);
    expect(text[2]).toContain("Profil très proche, à bientôt.");
    // The in-app notification keeps the catalogue's wording: only the e-mail is reworded.
    const notification = await db.notification.findFirstOrThrow({ where: { userId: user.id } });
    expect(notification.body).not.toContain("شكرًا");
  });

  it("lists each template in every language with the default wording and the staff's", async () => {
    const actor = await admin();
    await saveEmailTemplate(actor, {
      key: "applicationACCEPTED",
      locale: "ar",
      subject: "تهانينا — {title}",
      body: "قبلت {enterprise} ترشحك إلى «{title}».",
    });
    const accepted = (await listEmailTemplates(actor)).find((entry) => entry.key === "applicationACCEPTED")!;
    expect(accepted.variables).toEqual(["name", "enterprise", "title"]);
    expect(accepted.wordings.find((w) => w.locale === "en")!.default).toEqual({
      subject: "You are accepted! — {title}",
      body: "{enterprise} accepted your application to “{title}”. Congratulations!",
    });
    expect(accepted.wordings.find((w) => w.locale === "ar")!.override).toMatchObject({
      subject: "تهانينا — {title}",
      updatedBy: "Test SYSTEM_ADMIN",
    });
  });

  it("refuses a variable the e-mail does not have, naming it and those available, and saves nothing", async () => {
    const actor = await admin();
    await expect(
      saveEmailTemplate(actor, {
        key: "applicationREJECTED",
        locale: "en",
        subject: "About {title}",
        body: "{enterprise} did not keep your application to {offerTitle}.",
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      details: {
        fieldErrors: {
          body: {
            key: "emailVariableUnknown",
            values: { name: "{offerTitle}", available: "{name}, {enterprise}, {title}" },
          },
        },
      },
    });
    await expect(
      saveEmailTemplate(actor, {
        key: "enterpriseInvitation",
        locale: "fr",
        subject: "Rejoignez l'équipe",
        body: "Vous êtes invité·e. Choisissez votre mot de passe.",
      }),
    ).rejects.toMatchObject({
      details: { fieldErrors: { body: { key: "emailVariableMissing", values: { name: "{enterprise}" } } } },
    });
    await expect(
      saveEmailTemplate(actor, { key: "verifyEmail", locale: "fr", subject: "Bonjour {name", body: "Confirmez." }),
    ).rejects.toMatchObject({ details: { fieldErrors: { subject: { key: "emailTemplateSyntax" } } } });
    await expect(
      saveEmailTemplate(actor, { key: "noSuchEmail", locale: "fr", subject: "Objet", body: "Texte" }),
    ).rejects.toMatchObject({ details: { fieldErrors: { key: { key: "choice" } } } });
    expect(await db.notificationTemplate.count({ where: { updatedById: actor!.userId } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: actor!.userId } })).toBe(0);
  });

  it("is refused to anyone but a system admin, and nothing is saved", async () => {
    const before = await db.notificationTemplate.count();
    const input = { key: "verifyEmail", locale: "en", ...defaultWording("verifyEmail", "en") };
    for (const role of ["UNIVERSITY_ADMIN", "ENTERPRISE", "STUDENT"] as const) {
      const actor = await loadActor((await createUser(role)).id);
      await expect(saveEmailTemplate(actor, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listEmailTemplates(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(previewEmailTemplate(actor, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(saveEmailTemplate(null, input)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.notificationTemplate.count()).toBe(before);
  });

  it("previews a wording laid out as sent, with sample values, writing nothing", async () => {
    const before = await db.notificationTemplate.count();
    const preview = await previewEmailTemplate(await admin(), {
      key: "supervisorInvitation",
      locale: "ar",
      subject: "{university} تدعوك",
      body: "مرحبًا {name}.\n\nانضم إلى فريق {university}.",
    });
    expect(preview.subject).toBe("Université Lumière تدعوك");
    expect(preview.html).toContain('dir="rtl"');
    expect(preview.text).toContain("انضم إلى فريق Université Lumière.");
    expect(await db.notificationTemplate.count()).toBe(before);
  });

  it("sends Arabic readers their e-mail in Arabic, right to left", async () => {
    const arabic = await rosterEmail("ar");
    expect(arabic.subject).toBe(
      // The catalogue's Arabic subject with the university's name.
      defaultWording("rosterInvitation", "ar").subject.replace("{university}", "Université de Sfax"),
    );
    expect(arabic.html).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"|<html[^>]*dir="rtl"[^>]*lang="ar"/);
  });
});

describe("the variables of a wording", () => {
  it("reads plain and select arguments and their branches, and refuses unpaired braces", () => {
    expect(messageVariables("{enterprise} invites you as {role, select, ADMIN {an admin} other {a {kind}}}.")).toEqual(
      new Set(["enterprise", "role", "kind"]),
    );
    expect(messageVariables("l'invitation '{'literal'}' {name}")).toEqual(new Set(["name"]));
    expect(messageVariables("{count, plural, =0 {none} one {# item} other {# items}}")).toEqual(new Set(["count"]));
    for (const bad of ["Hello {name", "Hello name}", "{}", "{role, select, }", "{a b}"])
      expect(messageVariables(bad), bad).toBeNull();
  });
});

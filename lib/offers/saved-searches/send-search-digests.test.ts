import { beforeAll, describe, expect, it } from "vitest";
import { scheduledWorkflows } from "@/inngest/functions";
import { savedSearchDigest } from "@/inngest/functions/saved-search-digest";
import { memoisedSteps } from "@/inngest/local-runner";
import { db } from "@/lib/core/db";
import { createUser } from "@/tests/helpers/users";
import { fixtureEnterprise, fixtureOffers } from "../search-test-fixtures";
import { sendSearchDigests } from "./send-search-digests";

const HOUR = 3_600_000;
const today = new Date(new Date().setUTCHours(0, 0, 0, 0)); // the cutoff of today's digest
const at = (hoursFromCutoff: number) => new Date(today.getTime() + hoursFromCutoff * HOUR);

async function studentWithSearch(query: object, options: { alertsEnabled?: boolean; locale?: "fr" | "en" } = {}) {
  const user = await createUser("STUDENT");
  if (options.locale) await db.user.update({ where: { id: user.id }, data: { locale: options.locale } });
  const student = await db.student.findUniqueOrThrow({ where: { userId: user.id } });
  const search = await db.savedSearch.create({
    data: {
      studentId: student.id,
      name: "Capybara Python",
      query,
      alertsEnabled: options.alertsEnabled ?? true,
      lastNotifiedAt: at(-48),
    },
  });
  return { email: user.email, searchId: search.id };
}
const mailTo = (email: string) => db.emailMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });

describe("the saved-search digest", () => {
  let enterprise: string;
  let fan: { email: string; searchId: string };
  let muted: { email: string; searchId: string };
  let unlucky: { email: string; searchId: string };
  beforeAll(async () => {
    enterprise = (await fixtureEnterprise("Rongeurs & Cie")).id;
    await fixtureOffers(enterprise, [
      { title: "Stage Capybara Python d'hier", publishedAt: at(-6), skills: ["Python"] },
      { title: "Stage Capybara marketing d'hier", publishedAt: at(-5), field: "Marketing" },
      { title: "Stage Capybara Python trop ancien", publishedAt: at(-72) },
      { title: "Stage Capybara Python expiré", publishedAt: at(-4), status: "EXPIRED" },
      { title: "Stage Capybara Python de ce matin", publishedAt: at(1) },
    ]);
    fan = await studentWithSearch({ q: "capybara python" }, { locale: "en" });
    muted = await studentWithSearch({ q: "capybara python" }, { alertsEnabled: false });
    unlucky = await studentWithSearch({ q: "capybara", city: ["Tombouctou"] });
  });

  it("e-mails each student once with yesterday's matching offers, in their language", async () => {
    await sendSearchDigests(at(7));
    const [mail, ...others] = await mailTo(fan.email);
    expect(others).toEqual([]);
    expect(mail).toMatchObject({ template: "savedSearchDigest", subject: "New offers match your saved searches" });
    expect(mail!.text).toContain("Stage Capybara Python d'hier — Rongeurs & Cie, Lyon");
    expect(mail!.text).toContain("“Capybara Python”: 1 new offer");
    for (const left of ["marketing", "trop ancien", "expiré", "de ce matin"]) expect(mail!.text).not.toContain(left);
    expect(
      await db.outboxEvent.count({
        where: { name: "notification.email.send", data: { equals: { emailId: mail!.id } } },
      }),
    ).toBe(1);

    expect(await mailTo(muted.email)).toEqual([]);
    expect(await mailTo(unlucky.email)).toEqual([]);
    const reported = await db.savedSearch.findMany({ where: { id: { in: [fan.searchId, unlucky.searchId] } } });
    expect(reported.map((search) => search.lastNotifiedAt)).toEqual([today, today]);
  });

  it("sends nothing more when run again the same day, through the workflow too", async () => {
    expect(scheduledWorkflows).toContain(savedSearchDigest);
    expect(await sendSearchDigests(at(9))).toEqual({ emails: 0 });
    await savedSearchDigest.handler({ runId: "again", step: memoisedSteps(savedSearchDigest.id, "again") });
    expect(await mailTo(fan.email)).toHaveLength(1);
  });

  it("reports the next day only what is new since", async () => {
    await fixtureOffers(enterprise, [{ title: "Stage Capybara Python tout neuf", publishedAt: at(3) }]);
    await sendSearchDigests(at(24 + 7));
    const mails = await mailTo(fan.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain("Stage Capybara Python de ce matin");
    expect(mails[1]!.text).toContain("Stage Capybara Python tout neuf");
    expect(mails[1]!.text).not.toContain("d'hier");
  });
});

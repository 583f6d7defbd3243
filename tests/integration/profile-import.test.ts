import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readProfileImport } from "@/inngest/functions/profile-import";
import { db } from "@/lib/core/db";
import { fileStorage } from "@/lib/core/storage";
import { loadActor } from "@/lib/identity/actor";
import { scoreOfferForStudent } from "@/lib/recommendations/score-offer-for-student";
import { uploadCv } from "@/lib/students/upload-cv";
import { offerOf } from "@/tests/security/world";
import { createUser } from "@/tests/helpers/users";
import { decideAllProposals, decideProposal } from "@/lib/profile-import/decide-proposal";
import { getProfileImport } from "@/lib/profile-import/get-profile-import";
import { startCvImport, startLinkedInImport } from "@/lib/profile-import/start-profile-import";
import { linkedInExportZip } from "@/lib/profile-import/test-cvs/linkedin-export";
import { renderCv } from "@/lib/profile-import/test-cvs/render-cv";

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "profile-import-"));

const steps = () => ({ run: <T>(_id: string, fn: () => Promise<T>) => fn() });

async function student() {
  const user = await createUser("STUDENT");
  const actor = await loadActor(user.id);
  if (!actor?.studentId) throw new Error("no student");
  return { actor, studentId: actor.studentId, userId: user.id };
}

const cvPdf = () =>
  renderCv({
    sidebar: ["Compétences", "JS, TS, k8s", "Langues", "Anglais : courant"],
    main: [
      "Expérience",
      "Développeuse (stage) — Capgemini || juin 2023 – août 2023",
      "",
      "Formation",
      "Master Informatique — Université de Lille || 2022 – 2024",
    ],
  });

/** The event the upload recorded, delivered to the workflow as the relay would. */
async function deliver(importId: string, times = 1) {
  const outbox = await db.outboxEvent.findFirstOrThrow({
    where: { name: "profile-import.requested", data: { path: ["importId"], equals: importId } },
  });
  const event = {
    id: outbox.id,
    name: "profile-import.requested" as const,
    data: outbox.data as { importId: string; studentId: string },
  };
  for (let i = 0; i < times; i++) await readProfileImport.handler({ event, step: steps() });
}

const profileRows = async (studentId: string) => ({
  skills: await db.studentSkill.count({ where: { studentId } }),
  records: await db.academicRecord.count({ where: { studentId } }),
  experiences: await db.workExperience.count({ where: { studentId } }),
  languages: await db.studentLanguage.count({ where: { studentId } }),
});

describe("reading an uploaded CV", () => {
  it("queues a reading in the upload's transaction; the workflow proposes, and the profile changes only on acceptance", async () => {
    const me = await student();
    const uploaded = await uploadCv(me.actor, me.studentId, { bytes: await cvPdf(), fileName: "cv.pdf" });
    expect(uploaded.profileImportId).toBeTruthy();
    const pending = await getProfileImport(me.actor, me.studentId, uploaded.profileImportId);
    expect(pending).toMatchObject({ status: "PENDING", source: "CV", proposals: [] });

    await deliver(uploaded.profileImportId, 2);
    const done = await getProfileImport(me.actor, me.studentId, uploaded.profileImportId);
    expect(done.status).toBe("DONE");
    expect(done.text).toContain("Capgemini");
    expect(done.proposals.map(({ kind, data, status }) => ({ kind, data, status }))).toEqual([
      { kind: "SKILL", data: { name: "JavaScript" }, status: "PENDING" },
      { kind: "SKILL", data: { name: "TypeScript" }, status: "PENDING" },
      { kind: "SKILL", data: { name: "Kubernetes" }, status: "PENDING" },
      {
        kind: "EDUCATION",
        data: { institution: "Université de Lille", degree: "Master Informatique", start: "2022", end: "2024" },
        status: "PENDING",
      },
      {
        kind: "EXPERIENCE",
        data: { employer: "Capgemini", role: "Développeuse", start: "2023-06", end: "2023-08" },
        status: "PENDING",
      },
      { kind: "LANGUAGE", data: { language: "en", level: "C1" }, status: "PENDING" },
    ]);
    // Delivered twice, read once; and nothing on the profile yet.
    expect(await profileRows(me.studentId)).toEqual({ skills: 0, records: 0, experiences: 0, languages: 0 });

    const [js, ts, k8s, degree, job, english] = done.proposals;
    await decideProposal(me.actor, me.studentId, done.id, js.id, "accept");
    await decideProposal(me.actor, me.studentId, done.id, ts.id, "reject");
    await expect(decideProposal(me.actor, me.studentId, done.id, js.id, "accept")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    for (const p of [k8s, degree, job, english]) await decideProposal(me.actor, me.studentId, done.id, p.id, "accept");

    const skills = await db.studentSkill.findMany({
      where: { studentId: me.studentId },
      select: { skill: { select: { name: true } } },
    });
    expect(skills.map((s) => s.skill.name).sort()).toEqual(["JavaScript", "Kubernetes"]);
    expect(await db.academicRecord.findFirstOrThrow({ where: { studentId: me.studentId } })).toMatchObject({
      institution: "Université de Lille",
      degree: "Master Informatique",
      startDate: new Date("2022-01-01T00:00:00.000Z"),
      endDate: new Date("2024-12-31T00:00:00.000Z"),
    });
    expect(await db.workExperience.findFirstOrThrow({ where: { studentId: me.studentId } })).toMatchObject({
      employer: "Capgemini",
      role: "Développeuse",
      startDate: new Date("2023-06-01T00:00:00.000Z"),
      endDate: new Date("2023-08-31T00:00:00.000Z"),
    });
    expect(
      await db.studentLanguage.findMany({
        where: { studentId: me.studentId },
        select: { language: true, level: true },
      }),
    ).toEqual([{ language: "en", level: "C1" }]);
  });

  it("says that a scanned CV has no text, and proposes nothing", async () => {
    const me = await student();
    const scan = await renderCv({ main: [] });
    const uploaded = await uploadCv(me.actor, me.studentId, { bytes: scan, fileName: "scan.pdf" });
    await deliver(uploaded.profileImportId);
    expect(await getProfileImport(me.actor, me.studentId, uploaded.profileImportId)).toMatchObject({
      status: "FAILED",
      failureReason: "cvNoText",
      proposals: [],
    });
  });

  it("reads the profile's CV again on request, and refuses when there is none", async () => {
    const me = await student();
    await expect(startCvImport(me.actor, me.studentId, { source: "CV" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await uploadCv(me.actor, me.studentId, { bytes: await cvPdf(), fileName: "cv.pdf" });
    const again = await startCvImport(me.actor, me.studentId, { source: "CV" });
    await deliver(again.importId);
    expect((await getProfileImport(me.actor, me.studentId, again.importId)).proposals.length).toBe(6);
  });

  it("keeps another student's readings and proposals out of reach", async () => {
    const me = await student();
    const them = await student();
    const theirs = await uploadCv(them.actor, them.studentId, { bytes: await cvPdf(), fileName: "cv.pdf" });
    await deliver(theirs.profileImportId);
    const proposal = (await getProfileImport(them.actor, them.studentId, theirs.profileImportId)).proposals[0];
    await expect(getProfileImport(me.actor, them.studentId, theirs.profileImportId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getProfileImport(me.actor, me.studentId, theirs.profileImportId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      decideProposal(me.actor, me.studentId, theirs.profileImportId, proposal.id, "accept"),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.profileProposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      status: "PENDING",
    });
    expect(await profileRows(me.studentId)).toEqual({ skills: 0, records: 0, experiences: 0, languages: 0 });
  });
});

describe("importing from LinkedIn", () => {
  it("reads the data export into the same proposals, accepts them all, and discards the file once read", async () => {
    const me = await student();
    const { importId } = await startLinkedInImport(me.actor, me.studentId, {
      bytes: linkedInExportZip(),
      fileName: "Basic_LinkedInDataExport.zip",
    });
    const queued = await db.profileImport.findUniqueOrThrow({ where: { id: importId } });
    expect(queued).toMatchObject({ source: "LINKEDIN_EXPORT", status: "PENDING" });
    expect(await fileStorage().get(queued.storageKey ?? "")).not.toBeNull();
    await deliver(importId);
    expect(await db.profileImport.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({
      status: "DONE",
      storageKey: null,
    });
    expect(await fileStorage().get(queued.storageKey ?? "")).toBeNull();

    const result = await decideAllProposals(me.actor, me.studentId, importId, "accept");
    expect(result.refused).toEqual([]);
    expect(await profileRows(me.studentId)).toEqual({ skills: 8, records: 1, experiences: 2, languages: 2 });
    const skills = await db.studentSkill.findMany({
      where: { studentId: me.studentId },
      select: { skill: { select: { name: true } } },
    });
    expect(skills.map((s) => s.skill.name)).toContain("Leadership");
  });

  it("reads the profile saved as PDF through the CV path", async () => {
    const me = await student();
    const pdf = await renderCv({
      sidebar: ["Contact", "linkedin.com/in/jg", "Top Skills", "Docker", "Languages", "English (Full Professional)"],
      main: [
        "Jules Garnier",
        "Experience",
        "Capgemini",
        "Software Engineer Intern",
        "June 2024 - Present (4 months)",
        "Education",
        "INSA Lyon",
        "Diplôme d'ingénieur · (2021 - 2026)",
      ],
    });
    const { importId } = await startLinkedInImport(me.actor, me.studentId, { bytes: pdf, fileName: "Profile.pdf" });
    await deliver(importId);
    const done = await getProfileImport(me.actor, me.studentId, importId);
    expect(done).toMatchObject({ source: "LINKEDIN_PDF", status: "DONE" });
    expect(done.proposals.map((p) => p.data)).toEqual([
      { name: "Docker" },
      { institution: "INSA Lyon", degree: "Diplôme d'ingénieur", start: "2021", end: "2026" },
      { employer: "Capgemini", role: "Software Engineer Intern", start: "2024-06", end: null },
      { language: "en", level: "C1" },
    ]);
  });

  it("refuses a wrong type, an archive without the expected files, and an empty file, storing nothing", async () => {
    const me = await student();
    const before = await db.profileImport.count();
    const png = Uint8Array.from(
      Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
        "base64",
      ),
    );
    await expect(startLinkedInImport(me.actor, me.studentId, { bytes: png, fileName: "x.png" })).rejects.toMatchObject({
      reason: { key: "fileType", values: { types: "PDF, ZIP" } },
    });
    await expect(
      startLinkedInImport(me.actor, me.studentId, {
        bytes: linkedInExportZip({ only: ["Connections.csv"] }),
        fileName: "x.zip",
      }),
    ).rejects.toMatchObject({ reason: { key: "linkedinArchiveIncomplete" } });
    await expect(
      startLinkedInImport(me.actor, me.studentId, { bytes: new Uint8Array(), fileName: "x.zip" }),
    ).rejects.toMatchObject({
      reason: { key: "fileEmpty" },
    });
    expect(await db.profileImport.count()).toBe(before);
  });
});

describe("accepted skills in the match score", () => {
  it("count like any skill of the profile, and the reason says they came from the CV", async () => {
    const me = await student();
    const recruiter = await createUser("ENTERPRISE");
    const { enterpriseId } = await db.enterpriseMember.findFirstOrThrow({ where: { userId: recruiter.id } });
    const offerId = await offerOf(enterpriseId, "PUBLISHED");
    const kubernetes = await db.skill.upsert({
      where: { name: "Kubernetes" },
      create: { name: "Kubernetes" },
      update: {},
    });
    await db.offerSkill.create({ data: { offerId, skillId: kubernetes.id } });
    const offer = { id: offerId };
    const before = await scoreOfferForStudent(db, me.studentId, offer.id);
    const uploaded = await uploadCv(me.actor, me.studentId, { bytes: await cvPdf(), fileName: "cv.pdf" });
    await deliver(uploaded.profileImportId);
    const k8s = (await getProfileImport(me.actor, me.studentId, uploaded.profileImportId)).proposals.find(
      (p) => (p.data as { name?: string }).name === "Kubernetes",
    );
    await decideProposal(me.actor, me.studentId, uploaded.profileImportId, k8s?.id ?? "", "accept");
    const after = await scoreOfferForStudent(db, me.studentId, offer.id);
    expect(after?.score).toBeGreaterThan(before?.score ?? 0);
    expect(after?.reasons.find((reason) => reason.code === "skills")?.values).toMatchObject({
      names: "Kubernetes",
      fromCv: 1,
    });
  });
});

import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { fileStorage } from "@/lib/core/storage";
import { actorOf, applicationIn, enterpriseWithOffer, studentWithCv } from "@/tests/helpers/applications";
import { exportPersonalData } from "./export-personal-data";

async function studentWithRealCv() {
  const student = await studentWithCv({ cv: false });
  const bytes = new TextEncoder().encode("%PDF-1.4 le CV de Camille");
  const { storageKey } = await fileStorage().put({ bytes, fileName: "cv.pdf", contentType: "application/pdf" });
  const document = await db.document.create({
    data: {
      ownerId: student.user.id,
      kind: "CV",
      title: "CV",
      versions: {
        create: {
          version: 1,
          storageKey,
          fileName: "../../etc/Mon CV:final.pdf",
          contentType: "application/pdf",
          size: bytes.length,
          sha256: "0".repeat(64),
        },
      },
    },
  });
  return { ...student, bytes, documentId: document.id };
}

describe("downloading all my data", () => {
  it("zips my profile, applications and documents, and nobody else's", async () => {
    const me = await studentWithRealCv();
    const other = await studentWithCv();
    const { offerId } = await enterpriseWithOffer({ title: "Stage data Lyon" });
    await applicationIn("SUBMITTED", offerId, me.studentId, { coverLetter: "Ma lettre à moi" });
    await applicationIn("SUBMITTED", offerId, other.studentId, { coverLetter: "La lettre d'un autre" });
    await db.workExperience.create({ data: { studentId: me.studentId, employer: "Numeria", role: "Stagiaire data" } });
    await db.studentLanguage.create({ data: { studentId: me.studentId, language: "en", level: "C1" } });
    await db.profileImport.create({
      data: {
        studentId: me.studentId,
        source: "CV",
        fileName: "cv.pdf",
        status: "DONE",
        text: "Python, SQL",
        proposals: { create: { position: 0, kind: "SKILL", status: "ACCEPTED", data: { name: "Python" } } },
      },
    });

    const archive = await exportPersonalData(await actorOf(me.user.id));
    const files = unzipSync(archive.bytes);
    const data = JSON.parse(strFromU8(files["data.json"]));
    expect(data.user.email).toBe(me.user.email);
    expect(data.student.applications).toHaveLength(1);
    expect(data.student.applications[0]).toMatchObject({
      coverLetter: "Ma lettre à moi",
      offer: { title: "Stage data Lyon" },
    });
    expect(data.student.experiences).toMatchObject([{ employer: "Numeria", role: "Stagiaire data" }]);
    expect(data.student.languages).toEqual([{ language: "en", level: "C1" }]);
    expect(data.student.profileImports[0]).toMatchObject({
      text: "Python, SQL",
      proposals: [{ kind: "SKILL", status: "ACCEPTED", data: { name: "Python" } }],
    });
    const version = data.documents[0].versions[0];
    expect(version.file).toMatch(/^documents\/cv-\w+-Mon CV_final\.pdf$/);
    expect(version.storageKey).toBeUndefined();
    expect(files[version.file]).toEqual(me.bytes);
    expect(Object.keys(files).sort()).toEqual(["data.json", version.file].sort());
    expect(JSON.stringify(data)).not.toContain("La lettre d'un autre");
    expect(JSON.stringify(data)).not.toContain(other.user.email);
  });
});

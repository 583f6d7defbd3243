/**
 * Time to issue a certificate (credential built and signed with eddsa-rdfc-2022, PDF rendered with
 * its QR code and the credential attached, stored, the Certificate row and its event written), its
 * parts, the browser verification (proof offline, status list online), and a promotion of 500
 * through the batch workflow's own handler (a few at a time), beside the same work one by one.
 *   npx tsx scripts/bench/certificates.ts [count]   # default 500
 * A throwaway embedded PostgreSQL and a temporary DATA_DIR; nothing else is touched.
 * Targets on the 2-core reference machine: ≤ 100 ms p50 per certificate, 500 in under a minute.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateSecrets } from "../lib/secrets";
import { migrate } from "../lib/migrate";
import { withTemporaryPostgres } from "../lib/temporary-postgres";

const COUNT = Number(process.argv[2] ?? 500);
const SINGLE = 60;
const SEQUENTIAL = 100;
const dataDir = mkdtempSync(path.join(tmpdir(), "certificates-bench-"));

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

await withTemporaryPostgres(async (cluster) => {
  await cluster.createDatabase("bench");
  Object.assign(process.env, generateSecrets(), {
    DATABASE_URL: cluster.url("bench"),
    DATA_DIR: dataDir,
    APP_URL: "http://localhost:3000",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
  });
  await migrate(cluster.url("bench"));
  const { db, disconnectDb } = await import("../../lib/core/db");
  const { createInternship, internshipSides } = await import("../../tests/helpers/internships");
  const { issueCertificate } = await import("../../lib/documents/certificates/issue-certificate");
  const { certificateFacts } = await import("../../lib/documents/certificates/certificate-facts");
  const { buildCredential, verifyUrl } = await import("../../lib/documents/certificates/build-credential");
  const { signCredential } = await import("../../lib/documents/certificates/sign-credential");
  const { certificatePdf, qrPath } = await import("../../lib/documents/certificates/certificate-pdf");
  const { generatePromotionCertificates, BATCH_CONCURRENCY } = await import("../../inngest/functions/certificates");
  const { certificateOnCompletion } = await import("../../lib/documents/certificates/certificate-on-completion");
  const { issuerDidDocument } = await import("../../lib/documents/certificates/issuer");
  const { signedStatusList } = await import("../../lib/documents/certificates/status-list");
  const { verifyInBrowser } = await import("../../lib/documents/certificates/verify-in-browser");
  const { lookUpCertificate } = await import("../../lib/documents/certificates/look-up-certificate");
  const QRCode = (await import("qrcode")).default;

  // One university and enterprise; each internship its own student, one program, ending this year.
  const sides = await internshipSides();
  const first = await createInternship(sides, { status: "COMPLETED" });
  const department = await db.department.create({ data: { universityId: sides.universityId, name: "Informatique" } });
  const program = await db.program.create({ data: { departmentId: department.id, name: "Master" } });
  const year = new Date().getUTCFullYear();
  const endDate = new Date(Date.UTC(year, 5, 30));
  const made: string[] = [];
  const started = performance.now();
  for (let i = 0; i < SINGLE + SEQUENTIAL + COUNT; i += 1) {
    const internship = await createInternship(sides, {
      status: "COMPLETED",
      supervisor: first.supervisor,
      tutor: first.tutor,
      startDate: new Date(Date.UTC(year, 0, 6)),
      endDate,
    });
    await db.student.update({ where: { id: internship.student.actor.studentId! }, data: { programId: program.id } });
    made.push(internship.internshipId);
  }
  console.log(`setup: ${made.length} completed internships in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // Warm-up (JSON-LD contexts, fonts, the key), then one certificate at a time.
  const singles = made.slice(0, SINGLE);
  for (const id of singles.slice(0, 3)) await issueCertificate(id, "CERTIFICATE", null);
  const times: number[] = [];
  for (const id of singles.slice(3)) {
    const t0 = performance.now();
    await issueCertificate(id, "CERTIFICATE", null);
    times.push(performance.now() - t0);
  }
  // Its parts, on one internship: the credential signed, the PDF rendered with the credential attached.
  const facts = await certificateFacts(db, first.internshipId, "CERTIFICATE");
  const sign: number[] = [];
  const pdf: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const issuedAt = new Date();
    let t0 = performance.now();
    const credential = await signCredential(
      buildCredential({ facts, serial: "C-2026-BENC-H000", statusIndex: 0, issuedAt }),
    );
    sign.push(performance.now() - t0);
    t0 = performance.now();
    await certificatePdf({
      facts,
      serial: "C-2026-BENC-H000",
      issuedAt,
      verifyUrl: verifyUrl("x"),
      issuerDid: "did:web:x",
      credential,
    });
    pdf.push(performance.now() - t0);
  }

  // The QR code: as the PNG it was (encoded here, decoded again by the renderer) and as the vector path it is.
  const qrPng: number[] = [];
  const qrVector: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    let t0 = performance.now();
    await QRCode.toDataURL(verifyUrl("C-2026-BENC-H000"), { margin: 0, width: 192, errorCorrectionLevel: "M" });
    qrPng.push(performance.now() - t0);
    t0 = performance.now();
    qrPath(verifyUrl("C-2026-BENC-H000"));
    qrVector.push(performance.now() - t0);
  }
  // Verification as the public page runs it in the browser: the proof with bundled data, then the status list.
  const didDocument = await issuerDidDocument();
  const looked = await lookUpCertificate((await db.certificate.findFirstOrThrow({ select: { serial: true } })).serial);
  const proofOnly: number[] = [];
  const withStatus: number[] = [];
  const list = await signedStatusList();
  for (let i = 0; i < 30; i += 1) {
    const credential = "credential" in looked ? looked.credential : {};
    let t0 = performance.now();
    const offline = await verifyInBrowser(credential, { didDocument });
    proofOnly.push(performance.now() - t0);
    t0 = performance.now();
    const online = await verifyInBrowser(credential, { didDocument, fetchStatusList: async () => list });
    withStatus.push(performance.now() - t0);
    if (offline.proof !== "valid" || !online.status.checked) throw new Error("verification failed in the bench");
  }

  // The same work one certificate after another (as the workflow did before its pool), for the ratio.
  const sequentialIds = made.slice(SINGLE, SINGLE + SEQUENTIAL);
  const sequentialStart = performance.now();
  for (const id of sequentialIds) await certificateOnCompletion(id);
  const sequentialMs = (performance.now() - sequentialStart) / sequentialIds.length;

  // The promotion, through the workflow's handler (each step run once, as Inngest or the local runner would).
  const batchIds = made.slice(SINGLE + SEQUENTIAL);
  const memo = new Map<string, unknown>();
  const step = {
    run: async <T>(id: string, fn: () => Promise<T>): Promise<T> => {
      if (!memo.has(id)) memo.set(id, await fn());
      return memo.get(id) as T;
    },
  };
  const batchStart = performance.now();
  const result = (await generatePromotionCertificates.handler({
    event: {
      id: "bench",
      name: "certificate.batch-requested",
      data: { universityId: sides.universityId, programId: program.id, year, requestedById: first.student.user.id },
    },
    step,
  })) as { issued: number };
  const batchSeconds = (performance.now() - batchStart) / 1000;
  const issuedInBatch = await db.certificate.count({ where: { internshipId: { in: batchIds } } });

  console.log(`\nper certificate (${times.length} issued one by one, after 3 warm-up):`);
  console.log(`  p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   max ${ms(Math.max(...times))}`);
  console.log(
    `  of which: credential signed p50 ${ms(percentile(sign, 50))}, PDF with QR and attachment p50 ${ms(percentile(pdf, 50))}`,
  );
  console.log(
    `  QR code: PNG data URL p50 ${ms(percentile(qrPng, 50))} (plus its decoding in the renderer), vector path p50 ${ms(percentile(qrVector, 50))}`,
  );
  console.log(
    `\nverification in the browser's code: proof offline p50 ${ms(percentile(proofOnly, 50))} p95 ${ms(percentile(proofOnly, 95))}; with the status list p50 ${ms(percentile(withStatus, 50))} p95 ${ms(percentile(withStatus, 95))}`,
  );
  const batchMs = (batchSeconds * 1000) / Math.max(1, issuedInBatch);
  console.log(
    `\nbatch: ${issuedInBatch} certificates issued by the workflow, ${BATCH_CONCURRENCY} at a time (${result.issued} counted; those issued above are not in the promotion's new rows) in ${batchSeconds.toFixed(1)} s`,
  );
  console.log(
    `  ${batchMs.toFixed(1)} ms per certificate; one after another: ${sequentialMs.toFixed(1)} ms (${SEQUENTIAL} certificates); ratio ×${(sequentialMs / batchMs).toFixed(2)}`,
  );
  const projected = (batchSeconds * 500) / Math.max(1, issuedInBatch);
  console.log(
    `\ntargets: p50 ≤ 100 ms ${percentile(times, 50) <= 100 ? "met" : "MISSED"} (p95 ≤ 100 ms ${percentile(times, 95) <= 100 ? "met" : "missed"}); 500 in < 60 s ${projected < 60 ? "met" : "MISSED"} (${issuedInBatch === 500 ? "measured" : "projected from " + issuedInBatch}: ${projected.toFixed(1)} s)`,
  );
  await disconnectDb();
});
rmSync(dataDir, { recursive: true, force: true });

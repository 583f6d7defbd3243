// The demo internships, written by seedDemoData: the demo student's internship under way at the
// demo enterprise (its tutor is the enterprise's demo account), followed by the demo supervisor,
// with a logbook where one week is missing, attendance and an open issue; and another student's
// internship completed last year; a third student's internship ending this week, waiting only for
// the tutor's final evaluation before it can be completed. Each comes from an accepted application and an agreement whose
// circuit was signed by everyone, as the agreements slice would leave them.
import { createHash } from "node:crypto";
import { PDFDocument, StandardFonts } from "pdf-lib";
import type { Tx } from "@/lib/core/db";
import { fileStorage } from "@/lib/core/storage";
import type { AgreementParty, ApplicationStatus, Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_EVALUATION_FORMS } from "@/lib/internships/default-evaluation-forms";
import { FORM_KIND_PARTY, opensOn } from "@/lib/internships/evaluation-kinds";
import { overallOf, type Answers, type EvaluationFormKindName } from "@/lib/internships/evaluation-schemas";
import { scoreOfferForStudent } from "@/lib/recommendations/score-offer-for-student";
import { APPLICATIONS, OFFERS } from "./seed-data";

const DAY = 24 * 60 * 60 * 1000;
const PATH: ApplicationStatus[] = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "INTERVIEW", "ACCEPTED"];
const CIRCUIT: AgreementParty[] = [
  "STUDENT",
  "ENTERPRISE_SIGNATORY",
  "TUTOR",
  "ACADEMIC_SUPERVISOR",
  "UNIVERSITY_VALIDATOR",
];

type Person = { userId: string; name: string; email: string };

const LOGBOOK = [
  {
    summary:
      "Accueil dans l'équipe, installation du poste et découverte de l'architecture de l'application des collectivités.",
    learnings: "Le découpage en modules du monolithe, les revues de code en binôme.",
  },
  {
    summary: "Première fonctionnalité : le filtre des demandes par quartier, avec ses tests.",
    learnings: "Écrire les tests d'intégration contre une vraie base PostgreSQL.",
  },
  {
    summary: "Correction de trois anomalies remontées par le support, mise en production accompagnée.",
    learnings: "Lire les journaux de production et reproduire un bogue avant de le corriger.",
  },
  {
    summary: "Refonte de l'export CSV des demandes, accessibilité du tableau de bord.",
    learnings: "Les critères WCAG sur les tableaux et la navigation au clavier.",
  },
  {
    summary: "Préparation de la démonstration de fin de sprint, documentation de l'API.",
    learnings: "Présenter un travail technique à des utilisateurs non techniques.",
  },
];

export async function seedDemoInternships(
  tx: Tx,
  input: {
    now: Date;
    universityId: string;
    enterpriseId: string;
    /** The offers' ids, in OFFERS order. */
    offerIds: string[];
    /** The demo student (Léa) and a student whose internship is over. */
    active: { studentId: string } & Person;
    completed: { studentId: string } & Person;
    /** A student whose internship ends this week: only the tutor's final evaluation is missing. */
    ending: { studentId: string } & Person;
    tutor: Person;
    supervisor: Person;
    universityAdmin: Person;
  },
): Promise<void> {
  const { now } = input;
  const today = new Date(now.toISOString().slice(0, 10));
  const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY);
  // Two offers of the demo enterprise nobody applied to in the demo applications.
  const used = new Set(APPLICATIONS.map((a) => a.offer));
  const free = OFFERS.map((o, i) => ({ o, i })).filter(({ o, i }) => o.e === 0 && !used.has(i));
  const staff = await tx.universityStaff.findUniqueOrThrow({ where: { userId: input.supervisor.userId } });
  const tutorMember = await tx.enterpriseMember.findUniqueOrThrow({ where: { userId: input.tutor.userId } });

  const internshipOf = async (
    student: { studentId: string } & Person,
    offerIndex: number,
    startDate: Date,
    weeks: number,
    status: "ACTIVE" | "COMPLETED",
  ) => {
    const endDate = new Date(startDate.getTime() + (weeks * 7 - 3) * DAY); // a Friday
    const decided = new Date(startDate.getTime() - 60 * DAY);
    const fit = await scoreOfferForStudent(tx, student.studentId, input.offerIds[offerIndex]!);
    const application = await tx.application.create({
      data: {
        offerId: input.offerIds[offerIndex]!,
        studentId: student.studentId,
        status: "ACCEPTED",
        matchScore: fit?.score ?? 60,
        matchReasons: fit ? (fit.reasons as Prisma.InputJsonValue) : undefined,
        coverLetter: `Bonjour,\n\nVotre offre correspond exactement au stage que je cherche.\n\n${student.name}`,
        submittedAt: new Date(decided.getTime() - 20 * DAY),
        decidedAt: decided,
        createdAt: new Date(decided.getTime() - 21 * DAY),
      },
    });
    await tx.applicationStatusChange.createMany({
      data: PATH.map((to, step) => ({
        applicationId: application.id,
        fromStatus: step === 0 ? null : PATH[step - 1]!,
        toStatus: to,
        actorId: step <= 1 ? student.userId : input.tutor.userId,
        createdAt: new Date(decided.getTime() - (PATH.length - 1 - step) * 4 * DAY),
        notifiedAt: new Date(decided.getTime() - (PATH.length - 1 - step) * 4 * DAY),
      })),
    });
    const signers: Record<AgreementParty, Person> = {
      STUDENT: student,
      ENTERPRISE_SIGNATORY: input.tutor,
      TUTOR: input.tutor,
      ACADEMIC_SUPERVISOR: input.supervisor,
      UNIVERSITY_VALIDATOR: input.universityAdmin,
      LEGAL_REPRESENTATIVE: student,
    };
    const validatedAt = new Date(decided.getTime() + 10 * DAY);
    const agreement = await tx.agreement.create({
      data: {
        applicationId: application.id,
        studentId: student.studentId,
        enterpriseId: input.enterpriseId,
        universityId: input.universityId,
        status: "VALIDATED",
        startDate,
        endDate,
        weeklyHours: 35,
        stipendAmountMinor: 70_000,
        stipendCurrency: "EUR",
        tutorName: input.tutor.name,
        tutorEmail: input.tutor.email,
        place: "42 quai Perrache, 69002 Lyon",
        tasks: OFFERS[offerIndex]!.missions.join("\n"),
        supervisorId: staff.id,
        submittedAt: new Date(decided.getTime() + DAY),
        validatedAt,
        steps: {
          create: CIRCUIT.map((party, i) => ({
            order: i + 1,
            party,
            signerUserId: signers[party].userId,
            signerName: signers[party].name,
            signerEmail: signers[party].email,
            status: "SIGNED" as const,
            signedAt: new Date(decided.getTime() + (2 + i * 2) * DAY),
            askedAt: new Date(decided.getTime() + (1 + i * 2) * DAY),
            method: "PASSWORD" as const,
          })),
        },
      },
    });
    return tx.internship.create({
      data: {
        agreementId: agreement.id,
        studentId: student.studentId,
        enterpriseId: input.enterpriseId,
        universityId: input.universityId,
        offerId: input.offerIds[offerIndex]!,
        tutorMemberId: tutorMember.id,
        supervisorId: staff.id,
        status,
        startDate,
        endDate,
        startedAt: startDate,
        completedAt: status === "COMPLETED" ? new Date(endDate.getTime() + 10 * DAY) : null,
      },
    });
  };

  // Under way for five weeks: weeks 1, 2, 4 and 5 written, week 3 missing.
  const start = new Date(monday.getTime() - 5 * 7 * DAY);
  const active = await internshipOf(input.active, free[0]!.i, start, 24, "ACTIVE");
  const weekStart = (n: number) => new Date(start.getTime() + (n - 1) * 7 * DAY);
  for (const n of [1, 2, 4, 5]) {
    const entry = LOGBOOK[n - 1]!;
    const written = new Date(weekStart(n).getTime() + 4 * DAY + 17 * 60 * 60 * 1000);
    const week = await tx.activityLog.create({
      data: { internshipId: active.id, weekStart: weekStart(n), ...entry, hours: 35, createdAt: written },
    });
    if (n <= 2) {
      await tx.activityComment.createMany({
        data: [
          {
            activityId: week.id,
            authorId: input.tutor.userId,
            authorRole: "ENTERPRISE",
            body: n === 1 ? "Très bonne intégration, continue à poser tes questions." : "Tests solides, bravo.",
            createdAt: new Date(written.getTime() + DAY),
          },
          {
            activityId: week.id,
            authorId: input.supervisor.userId,
            authorRole: "UNIVERSITY_SUPERVISOR",
            body: "Pensez à noter les difficultés rencontrées : elles nourriront votre rapport.",
            createdAt: new Date(written.getTime() + 2 * DAY),
          },
        ],
      });
    }
  }
  // Last week's attendance: four days present or remote, one day of school.
  const lastWeek = weekStart(5);
  const days: Prisma.AttendanceCreateManyInput[] = [
    { status: "PRESENT", hours: 7 },
    { status: "REMOTE", hours: 7 },
    { status: "PRESENT", hours: 7 },
    { status: "ABSENT", hours: 0, absenceReason: "SCHOOL", note: "Journée de cours à l'université" },
    { status: "PRESENT", hours: 7 },
  ].map((d, i) => ({
    internshipId: active.id,
    date: new Date(lastWeek.getTime() + i * DAY),
    recordedById: input.active.userId,
    ...d,
  })) as Prisma.AttendanceCreateManyInput[];
  await tx.attendance.createMany({ data: days });
  // An open issue, already told to the supervisor and the university.
  const raisedAt = new Date(now.getTime() - 2 * DAY);
  const issue = await tx.internshipIssue.create({
    data: {
      internshipId: active.id,
      raisedById: input.active.userId,
      category: "WORKLOAD",
      severity: 2,
      title: "Horaires au-delà de la convention",
      description:
        "Depuis deux semaines, on me demande de rester régulièrement jusqu'à 19 h pour tenir la date de livraison, au-delà des 35 heures prévues.",
      notifiedAt: raisedAt,
      createdAt: raisedAt,
    },
  });
  await tx.notification.createMany({
    data: [input.supervisor, input.universityAdmin].map((person) => ({
      userId: person.userId,
      type: "internshipIssues",
      title: `Signalement : ${issue.title}`,
      body: `Un problème a été signalé sur le stage de ${input.active.name} : charge de travail, important.`,
      link: `/internships/${active.id}`,
      data: { internshipId: active.id, issueId: issue.id },
      createdAt: raisedAt,
    })),
  });

  // Completed last year: every week written.
  const pastStart = new Date(monday.getTime() - 60 * 7 * DAY);
  const completed = await internshipOf(input.completed, free[1]!.i, pastStart, 20, "COMPLETED");
  await tx.activityLog.createMany({
    data: Array.from({ length: 20 }, (_, n) => ({
      internshipId: completed.id,
      weekStart: new Date(pastStart.getTime() + n * 7 * DAY),
      summary: LOGBOOK[n % LOGBOOK.length]!.summary,
      learnings: LOGBOOK[n % LOGBOOK.length]!.learnings,
      hours: 35,
    })),
  });
  await completeDemoInternship(tx, completed, input);

  // Ending this week, every week written (the last one formatted): the final report validated and
  // the supervisor's evaluation sent, so that once the tutor evaluates, the supervisor may complete it.
  const endingStart = new Date(monday.getTime() - 11 * 7 * DAY);
  const ending = await internshipOf(input.ending, free[2]!.i, endingStart, 12, "ACTIVE");
  await tx.activityLog.createMany({
    data: Array.from({ length: 12 }, (_, n) => ({
      internshipId: ending.id,
      weekStart: new Date(endingStart.getTime() + n * 7 * DAY),
      summary: n === 11 ? FORMATTED_WEEK : LOGBOOK[n % LOGBOOK.length]!.summary,
      learnings: LOGBOOK[n % LOGBOOK.length]!.learnings,
      hours: 35,
    })),
  });
  await seedFinalReport(tx, ending, input.ending, input.supervisor, new Date(now.getTime() - 2 * DAY));
  await seedEvaluation(tx, ending, "SUPERVISOR", input.supervisor, new Date(now.getTime() - DAY));
}

const FORMATTED_WEEK = [
  "Dernière semaine : **passation** à l'équipe.",
  "",
  "- documentation du module d'export",
  "- revue du code avec *ma tutrice*",
  "- [guide d'accessibilité](https://www.w3.org/WAI/) relu",
].join("\n");

/** The student's final report, a small PDF the supervisor validated on `reviewedAt`. */
async function seedFinalReport(
  tx: Tx,
  internship: { id: string; endDate: Date },
  student: Person,
  supervisor: Person,
  reviewedAt: Date,
) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText("Rapport de stage", { x: 60, y: 760, size: 22, font });
  page.drawText(student.name, { x: 60, y: 730, size: 14, font });
  const bytes = await pdf.save();
  const fileName = "rapport-de-stage.pdf";
  const { storageKey } = await fileStorage().put({ bytes, fileName, contentType: "application/pdf" });
  const report = await tx.document.create({
    data: {
      ownerId: student.userId,
      kind: "REPORT",
      title: "Rapport de stage",
      internshipId: internship.id,
      status: "VALIDATED",
      validatedById: supervisor.userId,
      validatedAt: reviewedAt,
      versions: {
        create: {
          version: 1,
          storageKey,
          fileName,
          contentType: "application/pdf",
          size: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          uploadedById: student.userId,
          createdAt: new Date(reviewedAt.getTime() - 3 * DAY),
        },
      },
    },
  });
  await tx.internship.update({ where: { id: internship.id }, data: { finalReportId: report.id } });
}

/** One evaluation of the university's default form, answered well, sent on `at`. */
async function seedEvaluation(
  tx: Tx,
  internship: { id: string },
  formKind: EvaluationFormKindName,
  evaluator: Person,
  at: Date,
) {
  const form = DEFAULT_EVALUATION_FORMS[formKind];
  const scores: Answers = {};
  for (const question of form.sections.flatMap((section) => section.questions)) {
    if (question.type === "scale") scores[question.key] = 4 + (question.key.length % 2);
    if (question.type === "yesNo") scores[question.key] = true;
    if (question.type === "choice") scores[question.key] = question.options![0]!.key;
    if (question.type === "text") scores[question.key] = "Stage très formateur, objectifs atteints.";
  }
  const { party, period } = FORM_KIND_PARTY[formKind];
  await tx.internshipEvaluation.create({
    data: {
      internshipId: internship.id,
      evaluatorId: evaluator.userId,
      evaluatorName: evaluator.name,
      evaluatorEmail: evaluator.email,
      kind: party,
      period,
      formKind,
      formVersion: 0,
      // Stored as submitEvaluation stores it (write-evaluation.ts): the definition and the agreement's values.
      form: { definition: form, agreement: {} } as unknown as Prisma.InputJsonValue,
      scores: scores as Prisma.InputJsonValue,
      overall: overallOf(form, scores),
      comment: "Merci pour ce stage.",
      createdAt: at,
    },
  });
}

/**
 * What a completed internship holds, so that its page looks finished: the final report (a small
 * PDF, validated by the supervisor), every evaluation of the university's forms (the defaults,
 * version 0) and the supervisor's visit, reported.
 */
async function completeDemoInternship(
  tx: Tx,
  internship: { id: string; startDate: Date; endDate: Date; supervisorId: string | null },
  input: { completed: Person; tutor: Person; supervisor: Person },
) {
  await seedFinalReport(
    tx,
    internship,
    input.completed,
    input.supervisor,
    new Date(internship.endDate.getTime() + 5 * DAY),
  );
  const evaluators: Record<EvaluationFormKindName, Person> = {
    TUTOR_MIDTERM: input.tutor,
    TUTOR_FINAL: input.tutor,
    SUPERVISOR: input.supervisor,
    STUDENT_SELF: input.completed,
    STUDENT_HOST: input.completed,
  };
  for (const [formKind, evaluator] of Object.entries(evaluators) as [EvaluationFormKindName, Person][])
    await seedEvaluation(tx, internship, formKind, evaluator, opensOn(formKind, internship));

  if (internship.supervisorId) {
    const plannedAt = new Date(internship.startDate.getTime() + 45 * DAY + 9 * 3_600_000);
    await tx.supervisorVisit.create({
      data: {
        internshipId: internship.id,
        supervisorId: internship.supervisorId,
        kind: "VISIT",
        status: "DONE",
        plannedAt,
        endsAt: new Date(plannedAt.getTime() + 3_600_000),
        location: "42 quai Perrache, 69002 Lyon",
        chosenByRole: "ENTERPRISE",
        sequence: 1,
        notifiedSequence: 1,
        doneAt: new Date(plannedAt.toISOString().slice(0, 10)),
        mode: "ON_SITE",
        report: "Bonne intégration dans l'équipe, missions conformes à la convention.",
        followUp: "Aucune suite particulière.",
        reportedAt: new Date(plannedAt.getTime() + DAY),
      },
    });
  }
}

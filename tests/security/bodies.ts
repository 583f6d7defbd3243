import { DEFAULT_CIRCUIT } from "@/lib/agreements/schemas";
import { startTokenFamily } from "@/lib/identity/token-pair";
import { DEFAULT_EVALUATION_FORMS } from "@/lib/internships/default-evaluation-forms";
import type { Answers, EvaluationFormKindName } from "@/lib/internships/evaluation-schemas";
import { db } from "@/lib/core/db";
import type { ActorName } from "./actors";
import { certificateOf, programOf } from "./certificate-rows";
import { daysFromToday, lastMonday } from "./internship-rows";
import type { Target } from "./targets";
import { linkToken, offerOf, PASSWORD, PDF, PNG, throwawayUser, type SideRows, type World } from "./world";

/** What a body is built from: the world, the row the call names, and who calls. */
export type BodyContext = { world: World; target: Target; actor: ActorName };
export type Body = (context: BodyContext) => unknown;

let counter = 0;
const freshEmail = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}@example.test`;
const inAMonth = () => new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);

export const file = (
  field: string,
  bytes: Uint8Array,
  name: string,
  type: string,
  extra: Record<string, string> = {},
) => {
  const form = new FormData();
  form.set(field, new File([bytes as BlobPart], name, { type }));
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return form;
};

/** Every answer of the platform's default form of this kind, valid (the world's universities keep the defaults). */
export function answersOf(kind: EvaluationFormKindName): Answers {
  const answers: Answers = {};
  for (const question of DEFAULT_EVALUATION_FORMS[kind].sections.flatMap((section) => section.questions)) {
    if (question.type === "scale") answers[question.key] = 4;
    if (question.type === "yesNo") answers[question.key] = true;
    if (question.type === "choice") answers[question.key] = question.options![0]!.key;
    if (question.type === "text") answers[question.key] = "Très bon stage.";
  }
  return answers;
}

/** The form the caller would fill: the student their self-evaluation, enterprise members the tutor's, staff the supervisor's. */
const evaluationKindOf = (actor: ActorName): EvaluationFormKindName =>
  actor === "student" || actor === "otherStudent"
    ? "STUDENT_SELF"
    : ["enterpriseAdmin", "recruiter", "tutor", "otherEnterprise", "unverifiedEnterprise"].includes(actor)
      ? "TUTOR_FINAL"
      : "SUPERVISOR";

/** A minimal valid body for each write, so that an allowed call really succeeds. */
export const bodies = {
  agreementCircuit: () => ({ steps: DEFAULT_CIRCUIT }),
  draftAgreement: ({ target }: BodyContext) => ({ applicationId: target.applicationId }),
  agreementContent: () => ({ weeklyHours: 30, place: "Lyon, FR" }),
  signAgreement: () => ({ password: PASSWORD, typedName: "Camille Martin", consent: true }),
  refuseAgreement: () => ({ reason: "Les dates ne conviennent pas." }),
  proposeAmendment: () => ({ place: "Lyon, France", tutorName: "Claire Dubois" }),
  remindAgreements: () => ({ ids: ["cm0000000000000000000000"] }),
  register: () => ({ email: freshEmail("new"), password: PASSWORD, name: "Nouvelle Personne", role: "STUDENT" }),
  login: ({ world }: BodyContext) => ({ email: world.users.student.email, password: PASSWORD }),
  refreshToken: async ({ world }: BodyContext) => ({
    refreshToken: (await startTokenFamily({ id: world.users.student.id, role: "STUDENT" }, {})).refreshToken,
  }),
  verifyEmail: async () => ({ token: await linkToken("VERIFY_EMAIL", { userId: (await throwawayUser()).id }) }),
  askPasswordReset: ({ world }: BodyContext) => ({ email: world.users.student.email }),
  studentProfile: () => ({ headline: "Développeuse web" }),
  skills: () => ({ skills: ["TypeScript", "SQL"] }),
  academicRecord: () => ({ institution: "IUT de Lyon", degree: "BUT Informatique" }),
  preferences: () => ({ fields: ["Software engineering"], places: ["Lyon"], remoteModes: ["HYBRID"] }),
  cv: () => file("file", PDF, "cv.pdf", "application/pdf"),
  profileImport: () => ({ source: "CV" }),
  offer: () => ({
    title: "Stage développeur·se TypeScript",
    description: "Vous rejoignez l'équipe produit pour construire des outils internes utilisés chaque jour.",
    skills: ["TypeScript"],
    field: "Software engineering",
    city: "Lyon",
    country: "FR",
    remoteMode: "HYBRID",
    durationWeeks: 24,
    deadline: inAMonth(),
    languages: ["fr"],
    questions: [{ kind: "CHOICE", label: "Quand pouvez-vous commencer ?", options: ["Janvier", "Mars"] }],
  }),
  // A verified enterprise keeps its name: send the stored one.
  enterpriseProfile: ({ target }: BodyContext) => ({
    name: target.name ?? "Entreprise",
    applicationEmail: "jobs@example.test",
    locations: [{ city: "Lyon", country: "FR" }],
  }),
  verificationDecision: () => ({ decision: "VERIFY" }),
  application: async ({ world }: BodyContext) => ({
    offerId: await offerOf(world.A.enterpriseId, "PUBLISHED"),
    coverLetter: "Madame, Monsieur, je souhaite rejoindre votre équipe.",
  }),
  applicationDraft: () => ({ coverLetter: "Madame, Monsieur, voici ma lettre revue." }),
  reviewApplication: () => ({ status: "UNDER_REVIEW" }),
  notificationPreferences: () => ({ preferences: [] }),
  assistantMessage: () => ({ message: "Quelles candidatures sont encore ouvertes ?" }),
  pushSubscription: () => ({
    endpoint: `https://push.example.test/send/${freshEmail("device")}`,
    keys: { p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u", auth: "tBHItJI5svbpez7KI4CCXg" },
  }),
  pushEndpoint: () => ({ endpoint: "https://push.example.test/send/nobody" }),
  staffMessage: ({ world }) => ({
    audience: { type: "enterprise", id: world.A.enterpriseId },
    title: "Forum des stages",
    body: "Jeudi à 14 h, amphi A.",
  }),
  // Each allowed call publishes a slot: a different day each time, so that none overlaps.
  interviewSlot: () => ({
    startsAt: new Date(Date.now() + (10 + ++counter) * 86400_000).toISOString(),
    durationMinutes: 30,
    location: "Lyon",
  }),
  booking: ({ target }: BodyContext) => ({ applicationId: target.applicationId ?? "-" }),
  interviewOutcome: () => ({ outcome: "DONE", notes: "Entretien tenu." }),
  scorecard: () => ({
    ratings: { technical: 3, motivation: 4, communication: 3, teamFit: 2 },
    recommendation: "YES",
    comment: "Bon entretien.",
  }),
  scorecardCriteria: () => ({ criteria: [{ label: "Rigueur" }, { label: "Curiosité" }] }),
  // A new address each call: one source per URL.
  importSource: () => ({
    name: `Carrières ${++counter}`,
    kind: "JSON_LD",
    url: `https://careers.example.test/import-${Date.now().toString(36)}-${++counter}`,
    intervalMinutes: 1440,
  }),
  // A new name each call: an enterprise's template names are unique.
  rejectionTemplate: () => ({
    name: `Modèle ${++counter}`,
    reason: "POSITION_FILLED",
    bodyFr: "Bonjour {studentName}, le poste « {offerTitle} » est pourvu.",
  }),
  logo: () => file("logo", PNG, "logo.png", "image/png"),
  // One new student per call, so that an allowed import really writes (and a refused one could).
  roster: () =>
    file(
      "file",
      new TextEncoder().encode(`email;prénom;nom\r\n${freshEmail("roster")};Inès;Nouvelle\r\n`),
      "roster.csv",
      "text/csv",
    ),
  verificationRequest: () =>
    file("documents", PDF, "kbis.pdf", "application/pdf", { registrationNumber: "RCS 552 100 554" }),
  // The internship follow-up: a day and a logbook week of a fresh internship under way.
  attendanceDay: () => ({ date: daysFromToday(-1).toISOString().slice(0, 10), status: "PRESENT" }),
  logbookWeek: () => ({ weekStart: lastMonday().toISOString().slice(0, 10), summary: "Mise en place du projet." }),
  logbookComment: () => ({ body: "Bonne semaine." }),
  internshipIssue: () => ({ category: "WORKLOAD", severity: 2, title: "Charge", description: "Trop d'heures." }),
  issueResolution: () => ({ resolution: "Horaires revus avec le tuteur." }),
  earlyEnd: () => ({ status: "TERMINATED", reason: "Signalement grave." }),
  // Visits: dates offered (far enough ahead to overlap nothing else), the one picked, the report.
  visitProposal: () => ({
    kind: "VISIT",
    // Two hours apart per call, so that the supervisor's dates never overlap one another.
    slots: [new Date(daysFromToday(40).getTime() + ++counter * 2 * 3_600_000).toISOString()],
    durationMinutes: 60,
    location: "Sur place",
  }),
  visitPick: ({ target }: BodyContext) => ({ slotId: target.slotId }),
  // A new date for a visit, two hours apart per call beyond any other date of the supervisor.
  visitMove: () => ({ startsAt: new Date(daysFromToday(60).getTime() + ++counter * 2 * 3_600_000).toISOString() }),
  visitReport: () => ({
    heldOn: daysFromToday(-1).toISOString().slice(0, 10),
    mode: "ON_SITE",
    notes: "Tout va bien.",
  }),
  supervisorAssignment: ({ target }: BodyContext) => ({
    internshipIds: [target.internshipId],
    supervisorId: target.supervisorId,
  }),
  // Evaluations and the final report.
  evaluation: ({ actor }: BodyContext) => {
    const kind = evaluationKindOf(actor);
    return { kind, answers: answersOf(kind), comment: "Merci." };
  },
  evaluationLink: () => ({ kind: "TUTOR_FINAL" }),
  finalReport: () => file("file", PDF, "rapport.pdf", "application/pdf"),
  logbookAttachment: ({ target }: BodyContext) =>
    file("files", PDF, "semaine.pdf", "application/pdf", { internshipId: target.id!, activityId: target.weekId! }),
  internshipDocument: ({ target }: BodyContext) =>
    file("file", PDF, "assurance.pdf", "application/pdf", { internshipId: target.id!, kind: "INSURANCE_CERTIFICATE" }),
  documentDecision: () => ({ decision: "REJECTED", reason: "Attestation illisible" }),
  reportDecision: () => ({ decision: "VALIDATED" }),
  evaluationForm: () => DEFAULT_EVALUATION_FORMS.TUTOR_FINAL,
  // Certificates: the internship named by the target, a revocation reason, a credential to verify, a promotion.
  generateFor: ({ target }: BodyContext) => ({ internshipId: target.id }),
  revocation: () => ({ reason: "Erreur de saisie." }),
  credentialToVerify: async ({ world }: BodyContext) => {
    const { serial } = await certificateOf(world.A as SideRows);
    return (await db.certificate.findUniqueOrThrow({ where: { serial } })).payload;
  },
  promotion: async ({ target }: BodyContext) => ({ programId: await programOf(target.universityId!), year: 2026 }),
} satisfies Record<string, Body>;

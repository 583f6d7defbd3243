import { startTokenFamily } from "@/lib/identity/token-pair";
import type { ActorName } from "./actors";
import type { Target } from "./targets";
import { linkToken, offerOf, PASSWORD, PDF, PNG, throwawayUser, type World } from "./world";

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

/** A minimal valid body for each write, so that an allowed call really succeeds. */
export const bodies = {
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
  // Each allowed call publishes a slot: a different day each time, so that none overlaps.
  interviewSlot: () => ({
    startsAt: new Date(Date.now() + (10 + ++counter) * 86400_000).toISOString(),
    durationMinutes: 30,
    location: "Lyon",
  }),
  booking: ({ target }: BodyContext) => ({ applicationId: target.applicationId ?? "-" }),
  interviewOutcome: () => ({ outcome: "DONE", notes: "Entretien tenu." }),
  logo: () => file("logo", PNG, "logo.png", "image/png"),
  verificationRequest: () =>
    file("documents", PDF, "kbis.pdf", "application/pdf", { registrationNumber: "RCS 552 100 554" }),
} satisfies Record<string, Body>;

import type { Role } from "@/lib/generated/prisma/enums";

/** What the assistant understands: one answer each, read from the caller's own data. */
export const INTENTS = [
  "openApplications",
  "nextInterview",
  "agreementStatus",
  "internshipCompletion",
  "certificate",
  "recentApplicants",
  "pendingApplications",
  "missingLogbooks",
  "visitsToPlan",
  "offerSearch",
  "help",
] as const;
export type Intent = (typeof INTENTS)[number];

const STUDENT = ["STUDENT"] as const;
const ENTERPRISE = ["ENTERPRISE"] as const;
const UNIVERSITY = ["UNIVERSITY_SUPERVISOR", "UNIVERSITY_ADMIN"] as const;
const EVERYONE = ["STUDENT", "ENTERPRISE", "UNIVERSITY_SUPERVISOR", "UNIVERSITY_ADMIN", "SYSTEM_ADMIN"] as const;

/** The roles each intent answers for (someone else asking gets the "not for your role" answer). */
export const INTENT_ROLES: Record<Intent, readonly Role[]> = {
  openApplications: STUDENT,
  nextInterview: STUDENT,
  agreementStatus: STUDENT,
  internshipCompletion: STUDENT,
  certificate: STUDENT,
  recentApplicants: ENTERPRISE,
  pendingApplications: ENTERPRISE,
  missingLogbooks: UNIVERSITY,
  visitsToPlan: UNIVERSITY,
  offerSearch: EVERYONE,
  help: EVERYONE,
};

/**
 * Keywords (folded: lower case, no accents; "*" ends a stem; several words match in sequence),
 * French, English and Arabic. `anchor` names the topic (an intent needs one), `boost` leans
 * towards it when two topics are named.
 */
type Cues = { anchor: { words: readonly string[]; weight: number }[]; boost?: readonly string[] };

export const INTENT_CUES: Record<Exclude<Intent, "offerSearch">, Cues> = {
  openApplications: {
    anchor: [
      {
        words: ["candidature*", "application*", "postule*", "applied", "apply", "طلبات*", "طلباتي", "ترشح*", "ترشيح*"],
        weight: 2,
      },
    ],
    boost: ["ouverte*", "en cours", "open", "pending", "still", "encore", "statut", "status", "ou en sont", "reponse*"],
  },
  nextInterview: {
    anchor: [{ words: ["entretien*", "interview*", "entrevue*", "مقابل*"], weight: 3 }],
    boost: ["prochain*", "next", "quand", "when", "date", "heure", "time", "متى", "القادم*"],
  },
  agreementStatus: {
    anchor: [
      { words: ["convention*", "agreement*", "contract*", "contrat*", "اتفاقي*", "عقد"], weight: 3 },
      { words: ["signer", "signe*", "signature*", "sign", "signing", "توقيع*"], weight: 1.5 },
    ],
    boost: ["ou en est", "where", "manque*", "missing", "left", "reste*"],
  },
  internshipCompletion: {
    anchor: [
      {
        words: [
          "termine*",
          "terminer",
          "complete*",
          "completion",
          "finish*",
          "achever",
          "achev*",
          "cloture*",
          "valider mon stage",
          "validate my internship",
          "finaliser",
          "rapport final",
          "final report",
          "انهاء",
          "اكمال",
          "اتمام",
        ],
        weight: 2,
      },
      { words: ["mon stage", "my internship", "تدريبي", "stage", "internship"], weight: 1 },
    ],
    boost: ["manque*", "missing", "left", "reste*", "need", "besoin", "ينقص"],
  },
  certificate: {
    anchor: [{ words: ["attestation*", "certificat*", "certificate*", "شهاد*", "diplome"], weight: 3 }],
    boost: ["telecharger", "download", "recuperer", "get", "obtenir"],
  },
  recentApplicants: {
    anchor: [
      {
        words: [
          "postule*",
          "applied",
          "apply",
          "=applicant",
          "=applicants",
          "=candidat",
          "=candidats",
          "=candidate",
          "=candidates",
          "تقدم*",
          "=ترشح",
        ],
        weight: 2,
      },
      { words: ["candidature*", "application*", "طلبات*"], weight: 1 },
    ],
    boost: ["qui", "who", "new", "nouveau*", "nouvelle*", "recu*", "received", "من"],
  },
  pendingApplications: {
    anchor: [
      { words: ["candidature*", "application*", "candidat*", "applicant*", "طلبات*", "ترشح*"], weight: 1 },
      {
        words: [
          "en attente",
          "pending",
          "non traite*",
          "a traiter",
          "pas encore traite*",
          "sans reponse",
          "unanswered",
          "waiting",
          "to review",
          "a examiner",
          "not yet answered",
          "pas encore repondu",
          "unreviewed",
          "a trier",
          "قيد الانتظار",
          "معلق*",
        ],
        weight: 2.5,
      },
    ],
  },
  missingLogbooks: {
    anchor: [
      {
        words: [
          "journal*",
          "logbook*",
          "log book",
          "carnet de bord",
          "activity log",
          "rapport* hebdo*",
          "weekly report*",
          "سجل*",
          "يوميات",
        ],
        weight: 3,
      },
    ],
    boost: [
      "rempli*",
      "filled",
      "fill*",
      "pas",
      "not",
      "haven t",
      "missing",
      "manqu*",
      "retard",
      "behind",
      "stagiaire*",
      "intern*",
    ],
  },
  visitsToPlan: {
    anchor: [{ words: ["visite*", "visit*", "زيار*"], weight: 3 }],
    boost: [
      "planifier",
      "plan*",
      "schedule*",
      "organiser",
      "prevoir",
      "a faire",
      "to do",
      "upcoming",
      "prochaine*",
      "برمج*",
    ],
  },
  help: {
    anchor: [
      {
        words: [
          "bonjour",
          "salut",
          "hello",
          "hi",
          "aide",
          "help",
          "que peux tu faire",
          "what can you do",
          "que sais tu faire",
          "مرحبا",
          "مساعده",
          "السلام",
        ],
        weight: 1,
      },
    ],
  },
};

/** Words that make a question an offer search rather than a question about one's own records. */
export const SEARCH_VERBS = [
  "cherche*",
  "recherche*",
  "trouve*",
  "search*",
  "find",
  "looking for",
  "look for",
  "montre moi",
  "show me",
  "y a t il",
  "are there",
  "is there",
  "ابحث",
  "اريد",
  "offre*",
  "offers",
  "annonce*",
  "postings",
  "vacanc*",
];
/** An internship named without "my": "un stage", "an internship", "des stages". */
export const SEARCH_NOUNS = [
  "un stage",
  "des stages",
  "une alternance",
  "an internship",
  "internships",
  "a placement",
  "تدريب",
  "stage",
  "internship",
];
/** "my": a question about one's own records. */
export const POSSESSIVES = ["mon", "ma", "mes", "my", "mine"];

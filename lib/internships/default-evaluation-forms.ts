import type { EvaluationFormKindName, FormDefinition, Label, Question, Section } from "./evaluation-schemas";

// The platform's forms, used until a university saves its own (version 0). The tutor's criteria are
// those the conventions de stage of French universities share: adaptation, punctuality, autonomy,
// initiative, rigour, communication, objectives met, would host again.

const l = (fr: string, en: string): Label => ({ fr, en });
const scale = (key: string, label: Label): Question => ({ key, type: "scale", label, required: true });
const yesNo = (key: string, label: Label, required = true): Question => ({ key, type: "yesNo", label, required });
const text = (key: string, label: Label): Question => ({ key, type: "text", label, required: false });
const fromAgreement: Question = {
  key: "objectives",
  type: "agreement",
  label: l("Missions prévues par la convention", "Tasks set in the agreement"),
  required: false,
  agreementField: "tasks",
};
const section = (key: string, title: Label, questions: Question[]): Section => ({ key, title, questions });

const tutorForm = (final: boolean): FormDefinition => ({
  sections: [
    section("behaviour", l("Savoir-être", "Professional behaviour"), [
      scale("adaptation", l("Adaptation à l’entreprise", "Adaptation to the company")),
      scale("punctuality", l("Ponctualité et assiduité", "Punctuality and attendance")),
      scale("communication", l("Communication", "Communication")),
    ]),
    section("work", l("Travail", "Work"), [
      scale("autonomy", l("Autonomie", "Autonomy")),
      scale("initiative", l("Initiative", "Initiative")),
      scale("rigour", l("Rigueur", "Rigour")),
    ]),
    section("objectives", l("Objectifs", "Objectives"), [
      fromAgreement,
      scale("objectivesMet", l("Objectifs atteints", "Objectives met")),
      {
        key: "level",
        type: "choice",
        label: l("Niveau global du stagiaire", "The intern's overall level"),
        required: true,
        options: [
          { key: "below", label: l("En dessous des attentes", "Below expectations") },
          { key: "meets", label: l("Conforme aux attentes", "Meets expectations") },
          { key: "above", label: l("Au-delà des attentes", "Above expectations") },
        ],
      },
    ]),
    section("summary", l("Bilan", "Summary"), [
      ...(final
        ? [
            yesNo(
              "wouldHostAgain",
              l(
                "Accueilleriez-vous à nouveau un stagiaire de cette formation ?",
                "Would you host an intern from this program again?",
              ),
            ),
          ]
        : []),
      text("strengths", l("Points forts", "Strengths")),
      text("improvements", l("Axes de progrès", "Areas to improve")),
    ]),
  ],
});

const supervisorForm: FormDefinition = {
  sections: [
    section("followUp", l("Suivi du stage", "Follow-up"), [
      fromAgreement,
      scale("objectivesMet", l("Objectifs atteints", "Objectives met")),
      scale("logbook", l("Régularité du journal de bord", "Regularity of the logbook")),
      scale("report", l("Qualité du rapport de stage", "Quality of the internship report")),
      yesNo("tutorMet", l("Le tuteur a été rencontré ou contacté", "The tutor was met or called")),
    ]),
    section("summary", l("Bilan", "Summary"), [text("assessment", l("Appréciation", "Assessment"))]),
  ],
};

const selfForm: FormDefinition = {
  sections: [
    section("self", l("Mon stage", "My internship"), [
      fromAgreement,
      scale("objectivesMet", l("J’ai atteint les objectifs", "I met the objectives")),
      scale("adaptation", l("Mon adaptation à l’entreprise", "My adaptation to the company")),
      scale("autonomy", l("Mon autonomie", "My autonomy")),
      scale("learning", l("Ce que j’ai appris", "What I learned")),
    ]),
    section("summary", l("Bilan", "Summary"), [text("skillsGained", l("Compétences acquises", "Skills gained"))]),
  ],
};

const hostForm: FormDefinition = {
  sections: [
    section("host", l("L’entreprise d’accueil", "The host company"), [
      scale("welcome", l("Accueil et intégration", "Welcome and integration")),
      scale("tutorAvailability", l("Disponibilité du tuteur", "The tutor's availability")),
      yesNo("tasksAsAgreed", l("Les missions correspondaient à la convention", "The tasks matched the agreement")),
      yesNo("wouldRecommend", l("Je recommande cette entreprise", "I recommend this company")),
    ]),
    section("summary", l("Bilan", "Summary"), [text("remarks", l("Remarques", "Remarks"))]),
  ],
};

export const DEFAULT_EVALUATION_FORMS: Record<EvaluationFormKindName, FormDefinition> = {
  TUTOR_MIDTERM: tutorForm(false),
  TUTOR_FINAL: tutorForm(true),
  SUPERVISOR: supervisorForm,
  STUDENT_SELF: selfForm,
  STUDENT_HOST: hostForm,
};

import type { Tx } from "@/lib/core/db";
import type { AgreementLanguage, TemplateArticle } from "./schemas";

export type AgreementTemplate = {
  source: "department" | "university" | "default";
  fr: TemplateArticle[];
  en: TemplateArticle[];
};

/**
 * The usual articles of a French internship agreement (convention de stage, Code de l'éducation
 * L124-1 ff.), in French and English. A university (or a department) replaces them with its own.
 */
export const DEFAULT_ARTICLES: Record<AgreementLanguage, TemplateArticle[]> = {
  fr: [
    {
      title: "Objet de la convention",
      body: "La présente convention règle les rapports entre l'organisme d'accueil, l'établissement d'enseignement et le stagiaire. Le stage a une finalité pédagogique : il permet au stagiaire de mettre en œuvre les acquis de sa formation et d'acquérir des compétences professionnelles.",
    },
    {
      title: "Dates, durée et horaires",
      body: "Le stage se déroule aux dates et selon la durée hebdomadaire indiquées ci-dessus. La durée de présence du stagiaire ne peut excéder celle des salariés de l'organisme d'accueil ; les règles relatives au repos quotidien et hebdomadaire et aux jours fériés s'appliquent.",
    },
    {
      title: "Gratification",
      body: "Lorsque la durée du stage est supérieure à deux mois consécutifs ou non au cours d'une même année d'enseignement, le stagiaire perçoit une gratification au moins égale au minimum légal (articles L124-6 et D124-8 du Code de l'éducation), versée mensuellement.",
    },
    {
      title: "Protection sociale",
      body: "Le stagiaire conserve son régime de sécurité sociale d'étudiant. En cas d'accident survenant au stagiaire, soit au cours du stage, soit sur le trajet, l'organisme d'accueil en informe l'établissement d'enseignement dans les meilleurs délais.",
    },
    {
      title: "Assurance et responsabilité civile",
      body: "Le stagiaire déclare être couvert par une assurance responsabilité civile, indiquée dans la présente convention. L'organisme d'accueil déclare être garanti au titre de sa responsabilité civile.",
    },
    {
      title: "Discipline",
      body: "Le stagiaire est soumis au règlement intérieur et aux règles d'hygiène et de sécurité de l'organisme d'accueil. Tout manquement peut être signalé à l'établissement, qui peut prendre les mesures disciplinaires prévues par son règlement.",
    },
    {
      title: "Confidentialité",
      body: "Le stagiaire s'engage à ne pas divulguer les informations recueillies au titre de son stage, sauf accord de l'organisme d'accueil, y compris dans son rapport de stage.",
    },
    {
      title: "Absences et congés",
      body: "Toute absence est signalée au tuteur et à l'enseignant référent. Pour un stage de plus de deux mois, le stagiaire bénéficie de congés et d'autorisations d'absence dans les conditions prévues par l'article L124-13 du Code de l'éducation.",
    },
    {
      title: "Fin du stage et évaluation",
      body: "À l'issue du stage, le tuteur évalue le stagiaire et l'enseignant référent évalue la qualité du stage. La convention peut être interrompue avant son terme d'un commun accord ou en cas de manquement grave, après information de toutes les parties.",
    },
    {
      title: "Attestation de stage",
      body: "À l'issue du stage, l'organisme d'accueil délivre au stagiaire une attestation mentionnant la durée effective du stage et, le cas échéant, le montant de la gratification perçue.",
    },
  ],
  en: [
    {
      title: "Purpose of the agreement",
      body: "This agreement governs the relations between the host organisation, the educational institution and the intern. The internship has an educational purpose: it lets the intern apply what they have learned and acquire professional skills.",
    },
    {
      title: "Dates, duration and working hours",
      body: "The internship takes place on the dates and for the weekly hours stated above. The intern's hours may not exceed those of the host organisation's employees; the rules on daily and weekly rest and on public holidays apply.",
    },
    {
      title: "Stipend",
      body: "When the internship lasts more than two months, consecutive or not, within one academic year, the intern receives a monthly stipend at least equal to the legal minimum (French Education Code, articles L124-6 and D124-8).",
    },
    {
      title: "Social protection",
      body: "The intern keeps their student social security cover. Should the intern have an accident during the internship or on the way to it, the host organisation informs the educational institution without delay.",
    },
    {
      title: "Insurance and liability",
      body: "The intern declares that they hold the civil-liability insurance stated in this agreement. The host organisation declares that it is insured for its own civil liability.",
    },
    {
      title: "Discipline",
      body: "The intern follows the host organisation's internal rules and its health and safety rules. Any breach may be reported to the institution, which may take the disciplinary measures its rules provide for.",
    },
    {
      title: "Confidentiality",
      body: "The intern undertakes not to disclose information gathered during the internship without the host organisation's consent, including in their internship report.",
    },
    {
      title: "Absences and leave",
      body: "Any absence is reported to the tutor and to the academic supervisor. For an internship of more than two months, the intern is entitled to leave and authorised absences as provided by article L124-13 of the French Education Code.",
    },
    {
      title: "End of the internship and evaluation",
      body: "At the end of the internship, the tutor evaluates the intern and the academic supervisor evaluates the internship. The agreement may end early by mutual consent or for serious misconduct, after every party has been informed.",
    },
    {
      title: "Internship certificate",
      body: "At the end of the internship, the host organisation gives the intern a certificate stating the actual duration of the internship and, where applicable, the stipend paid.",
    },
  ],
};

const readArticles = (value: unknown): { fr: TemplateArticle[]; en: TemplateArticle[] } | null => {
  const v = value as { fr?: unknown; en?: unknown } | null;
  if (!v || !Array.isArray(v.fr) || !Array.isArray(v.en)) return null;
  return { fr: v.fr as TemplateArticle[], en: v.en as TemplateArticle[] };
};

/** The template that applies: the department's if it set one, else the university's, else the defaults. */
export async function templateFor(
  tx: Tx,
  universityId: string,
  departmentId: string | null,
): Promise<AgreementTemplate> {
  if (departmentId) {
    const own = await tx.agreementCircuit.findFirst({
      where: { universityId, departmentId },
      select: { articles: true },
    });
    const articles = readArticles(own?.articles);
    if (articles) return { source: "department", ...articles };
  }
  const university = await tx.agreementCircuit.findFirst({
    where: { universityId, departmentId: null },
    select: { articles: true },
  });
  const articles = readArticles(university?.articles);
  if (articles) return { source: "university", ...articles };
  return { source: "default", ...DEFAULT_ARTICLES };
}

/** The articles frozen on a submitted agreement (Agreement.terms), or null before submission. */
export function frozenArticles(terms: unknown): { language: AgreementLanguage; articles: TemplateArticle[] } | null {
  const t = terms as { language?: unknown; articles?: unknown } | null;
  if (!t || !Array.isArray(t.articles) || (t.language !== "fr" && t.language !== "en")) return null;
  return { language: t.language, articles: t.articles as TemplateArticle[] };
}

/** The language an agreement is rendered in: its own, Arabic falling back to French (the templates' languages). */
export const renderLanguage = (language: string): AgreementLanguage => (language === "en" ? "en" : "fr");

/** Copies the template articles, in the agreement's language, onto the agreement at submission. */
export async function freezeTerms(tx: Tx, agreementId: string): Promise<void> {
  const row = await tx.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    select: {
      universityId: true,
      language: true,
      student: { select: { program: { select: { departmentId: true } } } },
    },
  });
  const language = renderLanguage(row.language);
  const template = await templateFor(tx, row.universityId, row.student.program?.departmentId ?? null);
  await tx.agreement.update({
    where: { id: agreementId },
    data: { terms: { language, articles: template[language] } },
  });
}

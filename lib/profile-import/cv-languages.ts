export const LANGUAGE_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"] as const;
export type LanguageLevelCode = (typeof LANGUAGE_LEVELS)[number];
export type LanguageFound = { language: string; level: LanguageLevelCode | null; evidence: string };

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** ISO 639-1 codes and the names a French or English CV gives the language. */
const LANGUAGES: [string, RegExp][] = [
  ["en", /\b(anglais|english)\b/],
  ["fr", /\b(francais|french)\b/],
  ["es", /\b(espagnol|spanish|castillan)\b/],
  ["de", /\b(allemand|german)\b/],
  ["it", /\b(italien|italian)\b/],
  ["pt", /\b(portugais|portuguese)\b/],
  ["ar", /\b(arabe|arabic)\b/],
  ["zh", /\b(chinois|mandarin|chinese)\b/],
  ["ja", /\b(japonais|japanese)\b/],
  ["ru", /\b(russe|russian)\b/],
  ["nl", /\b(neerlandais|dutch)\b/],
  ["ko", /\b(coreen|korean)\b/],
  ["tr", /\b(turc|turkish)\b/],
  ["pl", /\b(polonais|polish)\b/],
  ["hi", /\b(hindi)\b/],
  ["sv", /\b(suedois|swedish)\b/],
  ["el", /\b(grec|greek)\b/],
  ["ro", /\b(roumain|romanian)\b/],
  ["uk", /\b(ukrainien|ukrainian)\b/],
  ["vi", /\b(vietnamien|vietnamese)\b/],
  ["wo", /\b(wolof)\b/],
];

/** Levels in words, most specific first ("native or bilingual" before "bilingual"). */
const LEVEL_WORDS: [LanguageLevelCode, RegExp][] = [
  ["NATIVE", /\b(langue maternelle|maternelle?|native|mother tongue|natif|native or bilingual)\b/],
  ["C2", /\b(bilingue|bilingual|toeic 9[5-9]\d)\b/],
  ["B1", /\b(limited working|intermediaire|intermediate|conversationnel|conversational)\b/],
  ["C1", /\b(courant|fluent|full professional|avance|advanced|tres bon niveau|excellent|toeic 9\d\d)\b/],
  ["B2", /\b(professional working|professionnel|bon niveau|good|upper intermediate|toeic [78]\d\d)\b/],
  ["A2", /\b(scolaire|basic|elementary|elementaire|notions de base|pre-intermediate)\b/],
  ["A1", /\b(notions|debutante?|beginner|basique)\b/],
];

export function levelOf(text: string): LanguageLevelCode | null {
  const cefr = /\b([abc][12])\b/i.exec(text)?.[1];
  if (cefr) return cefr.toUpperCase() as LanguageLevelCode;
  const folded = fold(text);
  return LEVEL_WORDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/**
 * The languages of a languages section, each with its level: a CEFR level (B2) or the words that
 * say one (« courant », "native", "Full Professional"). `anywhere` reads a line outside such a
 * section, where a language counts only if a level goes with it ("English: fluent").
 */
export function readLanguages(lines: string[], anywhere = false): LanguageFound[] {
  const found = new Map<string, LanguageFound>();
  lines.forEach((line, i) => {
    const chunks = line.split(/[,;/•|·]|\.\s|\s+et\s+|\s+and\s+/u);
    chunks.forEach((chunk) => {
      const folded = fold(chunk);
      const language = LANGUAGES.find(([, pattern]) => pattern.test(folded))?.[0];
      if (!language || found.has(language)) return;
      // A level alone on the next line belongs to this language (some layouts set it below).
      const next = lines[i + 1] ?? "";
      const nextIsLevel = next && !LANGUAGES.some(([, pattern]) => pattern.test(fold(next))) && levelOf(next);
      const level = levelOf(chunk) ?? (nextIsLevel ? levelOf(next) : null);
      if (anywhere && !level) return;
      found.set(language, { language, level, evidence: chunk.trim().slice(0, 120) });
    });
  });
  return [...found.values()];
}

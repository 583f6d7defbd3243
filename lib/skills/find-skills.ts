import { CASE_SENSITIVE_SKILLS, skillAliasEntries } from "./skill-aliases";

export type FoundSkill = {
  /** The canonical name, spelled as the shared list spells it when the list has it. */
  name: string;
  /** The words of the text it was found from ("k8s", "apprentissage automatique"). */
  matched: string;
  /** Where it was first found, as an offset in the text. */
  index: number;
};

type Pattern = { text: string; canonical: string; caseSensitive: boolean };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Accents dropped one character at a time, so that offsets in the folded text are the text's. */
const fold = (text: string) =>
  Array.from(text.normalize("NFC"), (char) => char.normalize("NFD").replace(/\p{M}/gu, "")[0] ?? char).join("");

function patternRegex({ text, caseSensitive }: Pattern): RegExp {
  // A name of several words may be cut by the end of a line ("intégration\ncontinue").
  const word = escape(fold(text)).replace(/ +/g, "\\s+");
  // A lone letter (C, R) must stand as a word of its own: not "R&D", "C'est", "J. R. R.", "C1".
  const [before, after] =
    text.length === 1
      ? ["(^|[\\s,;:(/|•·])", "(?=$|[\\s,;)/|])"]
      : ["(^|[^\\p{L}\\p{N}+#.])", "(?=$|[^\\p{L}\\p{N}+#]|\\.(?!\\p{L}))"];
  return new RegExp(`${before}${word}${after}`, caseSensitive ? "gu" : "giu");
}

/**
 * The skills a text names, from the shared list (`known`) and the alias table (abbreviations,
 * other spellings, French names), whole words only, accent-insensitive; longer names win over the
 * shorter ones they contain ("Machine learning" is not also "ML", "C++" is not also "C"). In the
 * order of their first appearance.
 */
export function findSkills(text: string, known: readonly string[]): FoundSkill[] {
  const spelling = new Map<string, string>();
  for (const name of known) spelling.set(name.toLowerCase(), name);
  const canonical = (name: string) => spelling.get(name.toLowerCase()) ?? name;

  const patterns: Pattern[] = [
    ...known.map((name) => ({
      text: name,
      canonical: name,
      // Anyone may add a skill to the list: a short one ("IT", "Go") would otherwise match ordinary words.
      caseSensitive: CASE_SENSITIVE_SKILLS.has(name) || name.trim().length <= 2,
    })),
    ...skillAliasEntries().map(({ alias, canonical: name }) => ({
      text: alias.name,
      canonical: canonical(name),
      caseSensitive: Boolean(alias.exact) || CASE_SENSITIVE_SKILLS.has(alias.name),
    })),
  ]
    .filter((pattern) => pattern.text.trim().length > 0)
    .sort((a, b) => b.text.length - a.text.length);

  const folded = fold(text);
  const claimed: [number, number][] = [];
  const found = new Map<string, FoundSkill>();
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const key = `${pattern.caseSensitive ? pattern.text : pattern.text.toLowerCase()}→${pattern.canonical}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const match of folded.matchAll(patternRegex(pattern))) {
      const start = (match.index ?? 0) + match[1].length;
      const end = start + match[0].length - match[1].length;
      if (claimed.some(([from, to]) => start < to && end > from)) continue;
      claimed.push([start, end]);
      const previous = found.get(pattern.canonical.toLowerCase());
      if (!previous || previous.index > start)
        found.set(pattern.canonical.toLowerCase(), {
          name: pattern.canonical,
          matched: text.normalize("NFC").slice(start, end),
          index: start,
        });
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/**
 * Text helpers of the recogniser: one folded form for every comparison (lower case, no accents,
 * Arabic diacritics and tatweel removed, Arabic-Indic digits as 0-9, punctuation as spaces), and a cheap typo tolerance.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/['’`]/g, " ")
    .replace(/[^\p{L}\p{N}€$£+#.,\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a folded text, numbers kept whole ("1 000" stays two words; amounts are read apart). */
export const words = (folded: string): string[] =>
  folded
    .replace(/[.,-](?!\d)/g, " ")
    .split(" ")
    .filter(Boolean);

/** Edit distance with adjacent transpositions (optimal string alignment), stopped early once above `max`. */
export function distance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The Arabic article is part of the word: "الزيارات" is looked up as "زيارات". */
const ARTICLE = /^ال(?=\p{Script=Arabic}{2})/u;
const bare = (word: string) => word.replace(ARTICLE, "");

/** How many typos a keyword of this length tolerates: none under 5 letters, one under 9, else two. */
const tolerance = (length: number) => (length < 5 ? 0 : length < 9 ? 1 : 2);

/** Whether a word is the keyword, a typo of it, or (for stems ending in "*") starts with it; "=word" is exact. */
export function wordMatches(rawWord: string, rawKeyword: string): boolean {
  const word = bare(rawWord);
  // "=word": that word exactly ("candidats" must not read "candidatures" as a typo of it).
  if (rawKeyword.startsWith("=")) return word === bare(rawKeyword.slice(1));
  const keyword = bare(rawKeyword);
  if (keyword.endsWith("*")) {
    const stem = keyword.slice(0, -1);
    if (word.startsWith(stem)) return true;
    const tol = Math.min(1, tolerance(stem.length));
    if (tol === 0 || word.length < stem.length - tol) return false;
    // A typo may shift the stem's end by a letter either way ("vistes" for "visite…").
    return [-1, 0, 1].some((shift) => distance(word.slice(0, stem.length + shift), stem, tol) <= tol);
  }
  if (word === keyword) return true;
  const tol = tolerance(keyword.length);
  return tol > 0 && distance(word, keyword, tol) <= tol;
}

/**
 * Whether a keyword (one word, or several separated by spaces, matched as a sequence) occurs in the
 * words; returns the index of its first word, or -1.
 */
export function findKeyword(list: string[], keyword: string): number {
  const parts = keyword.split(" ");
  outer: for (let i = 0; i + parts.length <= list.length; i++) {
    for (let j = 0; j < parts.length; j++) if (!wordMatches(list[i + j]!, parts[j]!)) continue outer;
    return i;
  }
  return -1;
}

export const hasAny = (list: string[], keywords: readonly string[]) => keywords.some((k) => findKeyword(list, k) >= 0);

import { extractTextItems, getDocumentProxy } from "unpdf";

type Item = { str: string; x: number; y: number; width: number; fontSize: number };

export type ExtractedText =
  { ok: true; text: string; pages: number } | { ok: false; reason: "cvNoText" | "cvUnreadable" };

/** A run that is only dates ("2021 – 2023", "juin 2023 - présent"): set on the right of a line, not a column. */
const DATES = /^[\p{L}.]{0,10}\s?(?:19|20)\d{2}(?:\s*[-–—]\s*(?:[\p{L}.']{0,12}\s?(?:19|20)\d{2}|[\p{L}'’ ]{3,15}))?$/u;

/** Fewer readable characters than this in the whole file: a scan, or an image of text. */
const MIN_CHARACTERS = 40;

/**
 * The text of a PDF in reading order: page by page, a page of two columns read column by column
 * (left, then right), lines rebuilt from the positions of the text runs, a blank line where the
 * layout leaves a gap, and " | " where a line leaves a wide space (dates set on the right). A PDF
 * without a text layer (a scanned CV) says so rather than answering an empty text.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedText> {
  let pages: Item[][];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractTextItems(pdf)).items.map((items) =>
      items
        .filter((item) => item.str.trim().length > 0)
        .map((item) => ({
          // PDF.js joins runs that touch: a year glued to the word before it is put apart again.
          str: item.str.replace(/(\p{L})((?:19|20)\d{2}\s*[-–—])/gu, "$1 | $2"),
          x: item.x,
          y: item.y,
          width: item.width,
          fontSize: item.fontSize || 10,
        })),
    );
  } catch {
    return { ok: false, reason: "cvUnreadable" };
  }
  const text = pages
    .map((items) => splitColumns(items).map(readColumn).join("\n\n"))
    .join("\n\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (text.replace(/[\s|]/g, "").length < MIN_CHARACTERS) return { ok: false, reason: "cvNoText" };
  return { ok: true, text, pages: pages.length };
}

/**
 * A page as one column, or as two when a vertical gutter runs down it: an x that no run crosses,
 * with some of the page's text on each side, the smaller side not being mostly dates (dates set
 * on the right of a one-column CV do not make a column of their own).
 */
function splitColumns(items: Item[]): Item[][] {
  if (items.length < 6) return [items];
  const left = Math.min(...items.map((item) => item.x));
  const right = Math.max(...items.map((item) => item.x + item.width));
  const total = items.reduce((sum, item) => sum + item.str.length, 0);
  let best: { at: number; gap: number } | undefined;
  for (let at = left + (right - left) * 0.2; at <= left + (right - left) * 0.8; at += 2) {
    if (items.some((item) => item.x < at && item.x + item.width > at)) continue;
    const before = items.filter((item) => item.x + item.width <= at).reduce((sum, item) => sum + item.str.length, 0);
    if (before < total * 0.05 || total - before < total * 0.05) continue;
    const smaller = items.filter((item) => (before * 2 < total ? item.x + item.width <= at : item.x >= at));
    if (smaller.filter((item) => DATES.test(item.str)).length > smaller.length * 0.5) continue;
    const gap =
      Math.min(...items.filter((item) => item.x >= at).map((item) => item.x)) -
      Math.max(...items.filter((item) => item.x + item.width <= at).map((item) => item.x + item.width));
    if (!best || gap > best.gap) best = { at, gap };
  }
  if (!best || best.gap < 8) return [items];
  const at = best.at;
  return [items.filter((item) => item.x < at), items.filter((item) => item.x >= at)];
}

/** The lines of a column, top to bottom, a blank line where the gap is larger than usual. */
function readColumn(items: Item[]): string {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: Item[] }[] = [];
  for (const item of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) <= Math.max(candidate.size, 4) * 0.5);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, size: item.fontSize, items: [item] });
  }
  lines.sort((a, b) => b.y - a.y);
  const gaps = lines.slice(1).map((line, i) => lines[i].y - line.y);
  const usual = gaps.length ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] : 0;
  return lines
    .map((line, i) => {
      const blank = i > 0 && usual > 0 && gaps[i - 1] > usual * 1.6 ? "\n" : "";
      return blank + joinRuns(line.items.sort((a, b) => a.x - b.x));
    })
    .join("\n");
}

function joinRuns(items: Item[]): string {
  let text = "";
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (text && gap > item.fontSize * 2) text = `${text.trimEnd()} | `;
    // A run of digits after another run is a number of its own ("Lyon 1" and "2022").
    else if (
      text &&
      (gap > item.fontSize * 0.1 || (/[\p{L}\d]$/u.test(text) && /^\d/.test(item.str))) &&
      !/\s$/.test(text) &&
      !/^\s/.test(item.str)
    )
      text += " ";
    text += item.str;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, " ").trim();
}

// The logbook's light rich text: a small Markdown subset parsed into a tree that the page renders
// as React elements, so no HTML written by a user ever reaches the page. Shared by the form's
// preview and the logbook: nothing server-only here.

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong" | "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "break" };
export type Block = { type: "paragraph"; children: Inline[] } | { type: "list"; items: Inline[][] };

const LIST_ITEM = /^\s*[-*]\s+(.*)$/;
const ESCAPABLE = "\\*_[]()";
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Only absolute http(s) links are links; anything else (javascript:, data:, relative) stays text. */
export function safeHref(href: string): string | null {
  if (!/^https?:\/\//i.test(href)) return null;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function pushText(out: Inline[], text: string) {
  const last = out[out.length - 1];
  if (last?.type === "text") last.text += text;
  else if (text) out.push({ type: "text", text });
}

/** The closing delimiter of an emphasis opened at `from`: not after a space, and for `_` not inside a word. */
function closing(text: string, delimiter: string, from: number): number {
  for (let i = text.indexOf(delimiter, from); i !== -1; i = text.indexOf(delimiter, i + 1)) {
    if (text[i - 1] === "\\" || /\s/.test(text[i - 1] ?? " ") || i === from) continue;
    if (delimiter === "_" && isWordChar(text[i + 1])) continue;
    if (delimiter === "*" && text[i + 1] === "*") {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** Bold, italics, links and escapes within one line; `links` is false inside a link's text. */
export function parseInline(text: string, links = true): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char === "\\" && next !== undefined && ESCAPABLE.includes(next)) {
      pushText(out, next);
      i += 2;
      continue;
    }
    if (char === "*" && next === "*" && text[i + 2] && !/\s/.test(text[i + 2]!)) {
      const end = text.indexOf("**", i + 2);
      if (end > i + 2 && !/\s/.test(text[end - 1]!)) {
        out.push({ type: "strong", children: parseInline(text.slice(i + 2, end), links) });
        i = end + 2;
        continue;
      }
    }
    const opensEm =
      (char === "*" || (char === "_" && !isWordChar(text[i - 1]))) && next !== undefined && !/\s/.test(next);
    if (opensEm && !(char === "*" && next === "*")) {
      const end = closing(text, char, i + 1);
      if (end > i + 1) {
        out.push({ type: "em", children: parseInline(text.slice(i + 1, end), links) });
        i = end + 1;
        continue;
      }
    }
    if (char === "[" && links) {
      const match = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(text.slice(i));
      const href = match && safeHref(match[2]!);
      if (match && href) {
        out.push({ type: "link", href, children: parseInline(match[1]!, false) });
        i += match[0].length;
        continue;
      }
    }
    pushText(out, char);
    i++;
  }
  return out;
}

/** Paragraphs (separated by a blank line, their lines kept), and lists of lines starting with "- " or "* ". */
export function parseLogbookText(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) {
      const children: Inline[] = [];
      paragraph.forEach((line, index) => {
        if (index > 0) children.push({ type: "break" });
        children.push(...parseInline(line));
      });
      blocks.push({ type: "paragraph", children });
    }
    if (list.length > 0) blocks.push({ type: "list", items: list.map((item) => parseInline(item)) });
    paragraph = [];
    list = [];
  };
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const item = LIST_ITEM.exec(line);
    if (line.trim() === "") flush();
    else if (item) {
      if (paragraph.length > 0) flush();
      list.push(item[1]!);
    } else {
      if (list.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

export type TextBlock = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

const BULLET = /^\s*(?:[-*•–·]|\d+[.)])\s+/;

/**
 * An enterprise's plain text as paragraphs and lists: lines starting with a dash, a bullet or a
 * number become list items (people type "- " when they mean a list), blank lines separate
 * paragraphs, single line breaks inside a paragraph are kept.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  // A blank line ends a list too: two lists apart stay two lists.
  let listOpen = false;
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", text: paragraph.join("\n") });
    paragraph = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (BULLET.test(line)) {
      endParagraph();
      const item = line.replace(BULLET, "").trim();
      const last = blocks.at(-1);
      if (listOpen && last?.kind === "list") last.items.push(item);
      else blocks.push({ kind: "list", items: [item] });
      listOpen = true;
    } else if (line.trim() === "") {
      endParagraph();
      listOpen = false;
    } else {
      paragraph.push(line.trim());
      listOpen = false;
    }
  }
  endParagraph();
  return blocks;
}

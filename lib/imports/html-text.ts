import * as cheerio from "cheerio";

const BLOCKS = "p, div, li, h1, h2, h3, h4, h5, h6, tr, section, article, blockquote";

/**
 * An HTML description as plain text: scripts, styles and every tag dropped, list items marked,
 * paragraphs kept as blank-line-separated blocks. Offers store text, so nothing of the source's
 * markup (scripts, event handlers, links) ever reaches a page.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidy(html);
  const $ = cheerio.load(html);
  $("script, style, noscript, iframe, object, embed, template").remove();
  $("br").replaceWith("\n");
  $("li").each((_, element) => {
    $(element).prepend("• ");
  });
  $(BLOCKS).each((_, element) => {
    $(element).append("\n\n");
  });
  return tidy($.root().text());
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LogbookText } from "./logbook-text";

const html = (text: string) => renderToStaticMarkup(createElement(LogbookText, { text }));

describe("a logbook text on the page", () => {
  it("shows a plain entry as before: its text, its line breaks, nothing else", () => {
    const out = html("Réunion d'équipe.\nTests unitaires.");
    expect(out).toContain("Réunion d&#x27;équipe.<br/>Tests unitaires.");
    expect(out).not.toMatch(/<(strong|em|a|ul)\b/);
  });

  it("renders bold, italics, lists and safe links, and escapes any HTML", () => {
    const out = html(
      "**Fait** *vite* :\n- [doc](https://example.org) <script>alert(1)</script>\n- [x](javascript:alert(1))",
    );
    expect(out).toContain("<strong>Fait</strong>");
    expect(out).toContain("<em>vite</em>");
    expect(out).toMatch(/<a [^>]*href="https:\/\/example.org\/"[^>]*rel="noopener noreferrer nofollow"/);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).not.toContain("<script");
    expect(out).not.toContain('href="javascript');
    expect(out.match(/<li>/g)).toHaveLength(2);
  });
});

import createCache from "@emotion/cache";
import { serializeStyles } from "@emotion/serialize";
import { describe, expect, it } from "vitest";
import { directionOf, styleCacheOptions } from "./style-direction";
import { rtlTheme, theme } from "./theme";

/** The CSS a cache writes for one rule, as the browser would receive it. */
function cssOf(options: ReturnType<typeof styleCacheOptions>, styles: string): string {
  const cache = createCache(options);
  // On the server, emotion returns the rules it would insert.
  return String(cache.insert(".x", serializeStyles([styles], cache.registered), cache.sheet, true));
}

describe("the direction of the page's styles", () => {
  it("is right to left for Arabic only", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("fr")).toBe("ltr");
    expect(directionOf("en")).toBe("ltr");
    expect(rtlTheme.direction).toBe("rtl");
    expect(theme.direction).toBe("ltr");
  });

  it("mirrors left and right in Arabic, under a key of its own, and leaves them in French and English", () => {
    const rule = "padding-left:8px;margin-right:16px;text-align:left;";
    const rtl = styleCacheOptions("rtl");
    expect(rtl.key).not.toBe(styleCacheOptions("ltr").key);
    expect(cssOf(rtl, rule)).toContain("padding-right:8px;margin-left:16px;text-align:right;");
    expect(cssOf(styleCacheOptions("ltr"), rule)).toContain("padding-left:8px;margin-right:16px;text-align:left;");
  });
});

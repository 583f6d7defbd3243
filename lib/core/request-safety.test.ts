import { describe, expect, it } from "vitest";
import { clientIp } from "./request-info";
import { safePath } from "./safe-path";

describe("the path to return to after sign-in", () => {
  it("keeps paths of this site", () => {
    expect(safePath("/offers/abc?x=1")).toBe("/offers/abc?x=1");
  });

  it.each(["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "", undefined])(
    "refuses %s",
    (value) => {
      expect(safePath(value)).toBe("/dashboard");
    },
  );

  it("refuses a repeated parameter", () => {
    expect(safePath(["/a", "/b"])).toBe("/dashboard");
  });
});

describe("the caller's IP", () => {
  it("prefers the proxy's x-real-ip, then the last forwarded hop, never the client's own claim", () => {
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.9", "x-forwarded-for": "1.1.1.1" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});

import { describe, expect, it } from "vitest";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { callerAddress } from "./request-info";
import { safePath } from "./safe-path";

describe("the path to return to after sign-in", () => {
  it("keeps paths of this site", () => {
    expect(safePath("/offers/abc?x=1")).toBe("/offers/abc?x=1");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/ /evil.example",
    "/offers\u0000",
    "https://evil.example",
    "javascript:alert(1)",
    "",
    undefined,
  ])("refuses %s", (value) => {
    expect(safePath(value)).toBe("/dashboard");
  });

  it("keeps an encoded slash as a path on this site", () => {
    expect(safePath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });

  it("refuses a repeated parameter", () => {
    expect(safePath(["/a", "/b"])).toBe("/dashboard");
  });
});

describe("the caller's IP", () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it("is the socket's own address when no proxy of ours is in front, whatever the client claims", () => {
    const claimed = headers({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7", "x-peer-address": "198.51.100.4" });
    expect(callerAddress(claimed, "0")).toBe("198.51.100.4");
  });

  it("is the hop our proxy appended when one proxy is trusted", () => {
    const viaProxy = headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9", "x-peer-address": "10.0.0.2" });
    expect(callerAddress(viaProxy, "1")).toBe("203.0.113.9");
  });

  it("is Vercel's x-real-ip on Vercel", () => {
    expect(callerAddress(headers({ "x-real-ip": "203.0.113.5", "x-forwarded-for": "6.6.6.6" }), "vercel")).toBe(
      "203.0.113.5",
    );
  });

  it("is unknown when nothing says", () => {
    expect(callerAddress(headers({}), "0")).toBe("unknown");
  });
});

describe("the guard preloaded into the server", () => {
  it("overwrites an address the client sent with the socket's own, and answers TRACE with a 405", async () => {
    const require = createRequire(import.meta.url);
    require("../../scripts/http-guard.cjs");
    const server = createServer((request, response) => response.end(String(request.headers["x-peer-address"])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-peer-address": "6.6.6.6" } });
      expect(await answer.text()).toBe("127.0.0.1");
      const trace = await new Promise<{ status?: number; type?: string }>((resolve, reject) =>
        request({ port, host: "127.0.0.1", method: "TRACE", path: "/" }, (reply) => {
          reply.resume();
          resolve({ status: reply.statusCode, type: reply.headers["content-type"] });
        })
          .on("error", reject)
          .end(),
      );
      expect(trace).toEqual({ status: 405, type: "application/problem+json" });
    } finally {
      server.close();
    }
  });
});

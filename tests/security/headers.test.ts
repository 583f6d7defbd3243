import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { storeDocument } from "@/lib/documents/store-document";
import nextConfig from "@/next.config";
import { proxy } from "@/proxy";
import { signAccessToken } from "@/lib/identity/access-token";
import { createUser } from "@/tests/helpers/users";
import { PDF } from "./world";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "headers-"));

// The browser-facing headers (ASVS 3.2.1, 3.4.x, 5.4.1–5.4.2), as the proxy, next.config.ts and
// the download route set them.

const page = (proto: "http" | "https") =>
  proxy(new NextRequest("http://localhost:3000/offers", { headers: { "x-forwarded-proto": proto } }));

const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  ) as Record<string, string[]>;

describe("every response", () => {
  it("carries a nonce-based Content-Security-Policy that forbids plugins, <base> and framing", () => {
    const policy = directives(page("https").headers.get("content-security-policy") ?? "");
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'none'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["script-src"]).toEqual(
      expect.arrayContaining([expect.stringMatching(/^'nonce-[A-Za-z0-9+/=]{16,}'$/)]),
    );
    expect(policy["script-src"]).not.toContain("'unsafe-inline'");
    const again = directives(page("https").headers.get("content-security-policy") ?? "");
    expect(again["script-src"]).not.toEqual(policy["script-src"]);
  });

  it("asks for HTTPS for two years, subdomains included, when served over HTTPS", () => {
    const hsts = page("https").headers.get("strict-transport-security") ?? "";
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(365 * 24 * 3600);
    expect(hsts).toContain("includeSubDomains");
    expect(page("http").headers.get("strict-transport-security")).toBeNull();
  });

  it("forbids MIME sniffing and sends the origin only to other sites (next.config.ts)", async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const all = rules.find((rule) => rule.source === "/:path*");
    expect(all?.headers).toEqual(
      expect.arrayContaining([
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      ]),
    );
  });
});

describe("a downloaded document", () => {
  it("is an attachment with an encoded, sanitised file name, sandboxed and never sniffed", async () => {
    const owner = await createUser("STUDENT");
    const { documentId } = await storeDocument(
      { ownerId: owner.id, kind: "CV", title: "CV" },
      { bytes: PDF, fileName: 'mon "CV"\r\nX-Injected: 1 <script>.pdf' },
    );
    const authorization = `Bearer ${await signAccessToken({ id: owner.id, role: "STUDENT" })}`;
    const request = new Request(`http://localhost:3000/api/v1/documents/${documentId}/download`, {
      headers: { authorization },
    });
    const { GET } = await import("@/app/api/v1/documents/[id]/download/route");
    const response = await GET(request, { params: Promise.resolve({ id: documentId }) });
    expect(response.status).toBe(200);
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(/^attachment; filename\*=UTF-8''[A-Za-z0-9%._~!'()*-]+$/);
    expect(decodeURIComponent(disposition.split("''")[1]!)).not.toMatch(/["\r\n<>]/);
    expect(response.headers.get("x-injected")).toBeNull();
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-type")).toBe("application/pdf");
  });
});

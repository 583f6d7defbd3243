import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { storeDocument } from "@/lib/documents/store-document";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import nextConfig from "@/next.config";
import { proxy } from "@/proxy";
import { signAccessToken } from "@/lib/identity/access-token";
import { createUser } from "@/tests/helpers/users";
import { PDF, PNG } from "./world";

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

/** A reader is sent on (303) to a signed short-lived link: follow it, without credentials, as a browser would. */
async function followSigned(response: Response): Promise<Response> {
  if (response.status !== 303) return response;
  const location = response.headers.get("location")!;
  const id = /\/documents\/([^/]+)\/download/.exec(location)![1]!;
  const { GET } = await import("@/app/api/v1/documents/[id]/download/route");
  return GET(new Request(`http://localhost:3000${location}`), { params: Promise.resolve({ id }) });
}

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
    const response = await followSigned(await GET(request, { params: Promise.resolve({ id: documentId }) }));
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

describe("a CV framed by the applicant page", () => {
  const download = async (ownerId: string, documentId: string, query = "") => {
    const authorization = `Bearer ${await signAccessToken({ id: ownerId, role: "STUDENT" })}`;
    const url = `http://localhost:3000/api/v1/documents/${documentId}/download${query}`;
    const { GET } = await import("@/app/api/v1/documents/[id]/download/route");
    return followSigned(
      await GET(new Request(url, { headers: { authorization } }), { params: Promise.resolve({ id: documentId }) }),
    );
  };
  /** The X-Frame-Options next.config.ts adds to a path (the last rule that matches wins, as in Next). */
  const configFrameOptions = async (pathname: string) => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const matching = rules.filter((rule) => getPathMatch(rule.source, {})(pathname) !== false);
    return matching.flatMap((rule) => rule.headers).findLast((h) => h.key === "X-Frame-Options")?.value ?? null;
  };

  it("is a PDF framed by this site only, inline, while any other document in a frame stays an unframable attachment", async () => {
    const owner = await createUser("STUDENT");
    const cv = await storeDocument({ ownerId: owner.id, kind: "CV", title: "CV" }, { bytes: PDF, fileName: "cv.pdf" });
    const framed = await download(owner.id, cv.documentId, "?disposition=inline");
    expect(framed.status).toBe(200);
    expect(framed.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(directives(framed.headers.get("content-security-policy") ?? "")["frame-ancestors"]).toEqual(["'self'"]);
    expect(framed.headers.get("x-frame-options")).toBe("SAMEORIGIN");

    const saved = await download(owner.id, cv.documentId);
    expect(saved.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(directives(saved.headers.get("content-security-policy") ?? "")["frame-ancestors"]).toEqual(["'none'"]);
    expect(saved.headers.get("x-frame-options")).toBe("DENY");

    const image = await storeDocument(
      { ownerId: owner.id, kind: "ENTERPRISE_REGISTRATION", title: "Kbis" },
      { bytes: PNG, fileName: "kbis.png" },
    );
    const notPdf = await download(owner.id, image.documentId, "?disposition=inline");
    expect(notPdf.status).toBe(200);
    expect(notPdf.headers.get("content-disposition")).toMatch(/^attachment;/);
    const policy = directives(notPdf.headers.get("content-security-policy") ?? "");
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy).toHaveProperty("sandbox");
    expect(notPdf.headers.get("x-frame-options")).toBe("DENY");
  });

  it("leaves the framing of that one route to it: every other path keeps frame-ancestors 'none' and DENY", async () => {
    const policyOf = (url: string) =>
      proxy(new NextRequest(`http://localhost:3000${url}`)).headers.get("content-security-policy");
    expect(policyOf("/api/v1/documents/abc/download?disposition=inline")).toBeNull();
    for (const url of [
      "/api/v1/documents/abc/download",
      "/api/v1/documents/abc/download?disposition=attachment",
      "/offers?disposition=inline",
      "/api/v1/documents/abc/download/more?disposition=inline",
      "/enterprise/applications/abc?disposition=inline",
    ]) {
      expect(directives(policyOf(url) ?? "")["frame-ancestors"], url).toEqual(["'none'"]);
    }

    expect(await configFrameOptions("/api/v1/documents/abc/download")).toBeNull();
    for (const pathname of [
      "/",
      "/offers",
      "/enterprise/applications/abc",
      "/api/v1/documents/abc",
      "/api/v1/documents/abc/download/more",
    ]) {
      expect(await configFrameOptions(pathname), pathname).toBe("DENY");
    }
  });

  it("sends a page path with a control character to the not-found page, before any page reads its params", () => {
    const rewrite = (url: string) =>
      proxy(new NextRequest(`http://localhost:3000${url}`)).headers.get("x-middleware-rewrite");
    for (const url of ["/enterprises/%00", "/offers/abc%01def", "/internships/%7F", "/offers/%E0%A4%A"])
      expect(rewrite(url), url).toMatch(/\/_no-such-page$/);
    for (const url of ["/offers/abc", "/enterprises/numeria", "/offers/caf%C3%A9", "/api/v1/offers/%00"])
      expect(rewrite(url), url).toBeNull();
  });
});

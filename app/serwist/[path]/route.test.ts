import { describe, expect, it } from "vitest";
import { OFFLINE_URL } from "@/components/pwa/offline-pages";
import { GET } from "./route";

const quoted = (text: string) => JSON.stringify(text).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

// The service worker as the build serves it: esbuild bundles (and minifies) app/sw.ts and Serwist
// injects the precache manifest, as `next build` does through this route's static params.
describe("the built service worker", () => {
  it("precaches the offline page and answers a failed page load with it", { timeout: 60_000 }, async () => {
    const response = await GET(new Request("http://localhost:3000/serwist/sw.js"), {
      params: Promise.resolve({ path: "sw.js" }),
    });
    expect(response.headers.get("service-worker-allowed")).toBe("/");
    const worker = await response.text();
    // In the precache manifest, with a revision (so that a new build fetches it again).
    expect(worker).toMatch(new RegExp(`\\{"?revision"?:"[0-9a-f-]{8,}","?url"?:${quoted(OFFLINE_URL)}\\}`));
    // The fallback entry names that URL and is matched for documents only.
    const constant = new RegExp(`(\\w+)=${quoted(OFFLINE_URL)}`).exec(worker)?.[1];
    expect(constant, "the offline URL is a constant of the bundle").toBeDefined();
    expect(worker).toMatch(
      new RegExp(
        `fallbacks:\\{entries:\\[\\{url:${constant},matcher:\\(\\{request:(\\w+)\\}\\)=>\\1\\.destination==="document"\\}\\]\\}`,
      ),
    );
    // Every same-origin page load goes through a route (the fallback only answers for routed requests).
    expect(worker).toMatch(
      /matcher:\(\{request:(\w+),sameOrigin:(\w+)\}\)=>\2&&\1\.mode==="navigate"&&\1\.method==="GET",handler:new \w+\}/,
    );
  });
});

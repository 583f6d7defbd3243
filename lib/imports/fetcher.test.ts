import { afterEach, describe, expect, it } from "vitest";
import { startFixtureSite } from "@/tests/helpers/fixture-site";
import { createFetcher, FetchFailure, type FetcherOptions } from "./fetcher";
import { isPrivateAddress } from "./safe-address";

const options = (extra: Partial<FetcherOptions> = {}): FetcherOptions => ({
  userAgent: "StagiaireImporter/1.0 (+http://localhost:3000/)",
  timeoutMs: 2_000,
  retries: 2,
  backoffMs: 20,
  maxBytes: 100_000,
  maxRedirects: 3,
  allowPrivateHosts: true,
  perMinute: 6_000,
  ...extra,
});

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe("the import fetcher", () => {
  it("obeys robots.txt: a disallowed path is never requested, and it says who it is", async () => {
    const site = await startFixtureSite({
      "/robots.txt": { body: "User-agent: *\nDisallow: /private/\n", type: "text/plain" },
      "/private/jobs": { body: "secret" },
      "/jobs": { body: "ok" },
    });
    close = site.close;
    const fetcher = createFetcher(options());
    expect(await fetcher.get(`${site.base}/private/jobs`)).toEqual({
      status: "disallowed",
      url: `${site.base}/private/jobs`,
    });
    expect((await fetcher.get(`${site.base}/jobs`)).status).toBe("ok");
    expect(site.paths()).toEqual(["/robots.txt", "/jobs"]);
    expect(site.requests[1].headers["user-agent"]).toBe("StagiaireImporter/1.0 (+http://localhost:3000/)");
  });

  it("sends the validators it was given and reports 304 as not modified, 404 and 410 as gone", async () => {
    const site = await startFixtureSite({
      "/feed": { body: "<rss/>", headers: { etag: '"v1"', "last-modified": "Tue, 01 Dec 2026 10:00:00 GMT" } },
      "/old": { status: 410 },
    });
    close = site.close;
    const fetcher = createFetcher(options());
    const first = await fetcher.get(`${site.base}/feed`);
    expect(first).toMatchObject({ status: "ok", etag: '"v1"', lastModified: "Tue, 01 Dec 2026 10:00:00 GMT" });
    const again = await fetcher.get(`${site.base}/feed`, {
      etag: '"v1"',
      lastModified: "Tue, 01 Dec 2026 10:00:00 GMT",
    });
    expect(again.status).toBe("not-modified");
    expect(site.requests.at(-1)!.headers["if-none-match"]).toBe('"v1"');
    expect(site.requests.at(-1)!.headers["if-modified-since"]).toBe("Tue, 01 Dec 2026 10:00:00 GMT");
    expect(await fetcher.get(`${site.base}/old`)).toMatchObject({ status: "gone", code: 410 });
    expect(await fetcher.get(`${site.base}/missing`)).toMatchObject({ status: "gone", code: 404 });
  });

  it("retries a 503 with backoff, then gives up with the reason", async () => {
    let calls = 0;
    const site = await startFixtureSite({
      "/flaky": () => (++calls < 3 ? { status: 503 } : { body: "third time" }),
      "/down": { status: 500 },
    });
    close = site.close;
    const fetcher = createFetcher(options());
    const started = Date.now();
    expect(await fetcher.get(`${site.base}/flaky`)).toMatchObject({ status: "ok", body: "third time" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 40);
    await expect(fetcher.get(`${site.base}/down`)).rejects.toMatchObject({ reason: "httpError" });
    expect(site.paths().filter((p) => p === "/down")).toHaveLength(3);
  });

  it("times out a silent server", async () => {
    const site = await startFixtureSite({ "/robots.txt": { status: 404 }, "/slow": { hang: true } });
    close = async () => {
      site.requests.length = 0;
      await Promise.race([site.close(), new Promise((resolve) => setTimeout(resolve, 50))]);
    };
    const fetcher = createFetcher(options({ timeoutMs: 150, retries: 1 }));
    const started = Date.now();
    const failure = await fetcher.get(`${site.base}/slow`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FetchFailure);
    expect((failure as FetchFailure).reason).toBe("timeout");
    expect(site.paths().filter((p) => p === "/slow")).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("holds the per-host rate limit", async () => {
    const site = await startFixtureSite({ "/a": { body: "a" }, "/b": { body: "b" }, "/c": { body: "c" } });
    close = site.close;
    const fetcher = createFetcher(options({ perMinute: 600 })); // one request every 100 ms
    const started = Date.now();
    for (const path of ["/a", "/b", "/c"]) await fetcher.get(`${site.base}${path}`);
    const times = site.requests.map((r) => r.at);
    expect(site.requests).toHaveLength(4); // robots.txt counts too
    // The n-th request is never sent before its slot (a busy machine may only delay one, bringing it
    // closer to the next): its arrival is the bound that holds, within a timer's millisecond or two.
    for (let i = 1; i < times.length; i++) expect(times[i] - started).toBeGreaterThanOrEqual(i * 100 - 5);
  });

  it("paces one host across every run of the process, and no other host", async () => {
    const routes = Object.fromEntries(["/a", "/b", "/c", "/d"].map((path) => [path, { body: path }]));
    const shared = await startFixtureSite({ ...routes, "/robots.txt": { status: 404 } });
    const other = await startFixtureSite({ ...routes, "/robots.txt": { status: 404 } });
    close = async () => void (await Promise.all([shared.close(), other.close()]));
    // Two sources' runs at once (two fetchers) on one host: one request every 100 ms between them.
    const first = createFetcher(options({ perMinute: 600 }));
    const second = createFetcher(options({ perMinute: 600 }));
    const started = Date.now();
    await Promise.all([
      (async () => {
        for (const path of ["/a", "/b"]) await first.get(`${shared.base}${path}`);
      })(),
      (async () => {
        for (const path of ["/c", "/d"]) await second.get(`${shared.base}${path}`);
      })(),
      // A third run on another host is not held by the first host's pace.
      (async () => {
        const third = createFetcher(options({ perMinute: 6_000 }));
        for (const path of ["/a", "/b", "/c"]) await third.get(`${other.base}${path}`);
      })(),
    ]);
    // Each fetcher asks robots.txt once; every request to the shared host waits its turn (each of
    // the two alone would have sent its three requests within 200 ms).
    const times = shared.requests.map((r) => r.at).sort((a, b) => a - b);
    expect(shared.requests).toHaveLength(6);
    for (let i = 1; i < times.length; i++) expect(times[i] - started).toBeGreaterThanOrEqual(i * 100 - 5);
    expect(other.requests).toHaveLength(4);
    expect(Math.max(...other.requests.map((r) => r.at))).toBeLessThan(times[5]);
  });

  it("refuses private addresses (literal or resolved) unless allowed, and caps size and redirects", async () => {
    const site = await startFixtureSite({
      "/robots.txt": { status: 404 },
      "/big": { body: "x".repeat(200_000) },
      "/loop": { status: 302, headers: { location: "/loop" } },
    });
    close = site.close;
    const closed = createFetcher(options({ allowPrivateHosts: false }));
    await expect(closed.get(`${site.base}/big`)).rejects.toMatchObject({ reason: "privateHost" });
    await expect(closed.get(`http://localhost:${new URL(site.base).port}/big`)).rejects.toMatchObject({
      reason: "privateHost",
    });
    expect(site.requests).toHaveLength(0);
    const open = createFetcher(options());
    await expect(open.get(`${site.base}/big`)).rejects.toMatchObject({ reason: "tooLarge" });
    await expect(open.get(`${site.base}/loop`)).rejects.toMatchObject({ reason: "tooManyRedirects" });
    await expect(open.get("ftp://example.test/x")).rejects.toMatchObject({ reason: "badUrl" });
  });

  it("knows which addresses are private", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "0.0.0.0",
    ])
      expect(isPrivateAddress(address), address).toBe(true);
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1"])
      expect(isPrivateAddress(address), address).toBe(false);
  });
});

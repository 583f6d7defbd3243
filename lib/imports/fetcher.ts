import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import robotsParser from "robots-parser";
import { isPrivateAddress } from "./safe-address";

/** What one GET of a source's URL came to; failures are thrown as FetchFailure. */
export type FetchOutcome =
  | { status: "ok"; url: string; body: string; contentType: string; etag: string | null; lastModified: string | null }
  | { status: "not-modified"; url: string }
  | { status: "gone"; url: string; code: number }
  | { status: "disallowed"; url: string };

export type FetchFailureReason =
  | "timeout"
  | "network"
  | "httpError"
  | "tooLarge"
  | "tooManyRedirects"
  | "privateHost"
  | "badUrl"
  | "robotsUnavailable";

export class FetchFailure extends Error {
  constructor(
    readonly reason: FetchFailureReason,
    readonly url: string,
    detail = "",
  ) {
    super(`${reason} ${url}${detail ? `: ${detail}` : ""}`);
  }
}

export type FetcherOptions = {
  userAgent: string;
  timeoutMs: number;
  /** Attempts after the first, on timeouts, network errors, 429 and 5xx. */
  retries: number;
  /** The first retry waits this long, each next one twice as long (or the server's Retry-After, up to 30 s). */
  backoffMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivateHosts: boolean;
  /** Requests a minute to one host (robots.txt's Crawl-delay wins when slower). */
  perMinute: number;
};

export type Validators = { etag?: string | null; lastModified?: string | null };

type Raw = { code: number; headers: http.IncomingHttpHeaders; body: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

/** The next free instant per host, shared by every run of this process (the per-host rate limit). */
const nextSlot = new Map<string, number>();

/**
 * The one way the imports slice reaches the web: GET only, robots.txt obeyed, a user agent naming
 * the platform and its contact page, conditional requests, a timeout, retries with backoff, a
 * per-host pace, capped size and redirects, and no private address unless allowed (checked on the
 * address each connection resolves to, redirects included). `log` lists every request sent.
 */
export function createFetcher(options: FetcherOptions) {
  const robots = new Map<string, Promise<ReturnType<typeof robotsParser> | FetchFailure>>();
  const log: { url: string; at: number }[] = [];

  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as unknown as LookupAddress[];
      if (!options.allowPrivateHosts && list.some((a) => isPrivateAddress(a.address))) {
        return callback(Object.assign(new Error("private address"), { code: "EPRIVATE" }), "", 4);
      }
      if (lookupOptions.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };

  async function pace(url: URL, crawlDelaySeconds = 0) {
    const interval = Math.max(60_000 / options.perMinute, crawlDelaySeconds * 1000);
    const now = Date.now();
    const at = Math.max(now, nextSlot.get(url.host) ?? 0);
    nextSlot.set(url.host, at + interval);
    if (at > now) await sleep(at - now);
  }

  function requestOnce(url: URL, extra: Record<string, string>): Promise<Raw> {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchFailure("badUrl", url.href);
    const literal = url.hostname.replace(/^\[|\]$/g, "");
    if (isIP(literal) && !options.allowPrivateHosts && isPrivateAddress(literal)) {
      throw new FetchFailure("privateHost", url.href);
    }
    log.push({ url: url.href, at: Date.now() });
    return new Promise((resolve, reject) => {
      const client = url.protocol === "https:" ? https : http;
      const request = client.get(
        url,
        {
          lookup,
          headers: { "user-agent": options.userAgent, "accept-encoding": "gzip, deflate, br", ...extra },
        },
        (response) => {
          const encoding = header(response.headers["content-encoding"]);
          const stream =
            encoding === "gzip"
              ? response.pipe(createGunzip())
              : encoding === "deflate"
                ? response.pipe(createInflate())
                : encoding === "br"
                  ? response.pipe(createBrotliDecompress())
                  : response;
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > options.maxBytes) {
              request.destroy();
              reject(new FetchFailure("tooLarge", url.href));
            } else chunks.push(chunk);
          });
          stream.on("end", () =>
            resolve({
              code: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks).toString("utf8"),
            }),
          );
          stream.on("error", (error) => reject(new FetchFailure("network", url.href, error.message)));
        },
      );
      request.setTimeout(options.timeoutMs, () => request.destroy(new FetchFailure("timeout", url.href)));
      request.on("error", (error) => {
        if (error instanceof FetchFailure) return reject(error);
        const code = (error as NodeJS.ErrnoException).code;
        reject(new FetchFailure(code === "EPRIVATE" ? "privateHost" : "network", url.href, error.message));
      });
    });
  }

  /** One request with retries and backoff; redirects followed by the caller. */
  async function withRetries(url: URL, extra: Record<string, string>, crawlDelay?: number): Promise<Raw> {
    for (let attempt = 0; ; attempt++) {
      await pace(url, crawlDelay);
      let retryAfter = 0;
      try {
        const raw = await requestOnce(url, extra);
        if (raw.code !== 429 && raw.code < 500) return raw;
        if (attempt >= options.retries) throw new FetchFailure("httpError", url.href, String(raw.code));
        retryAfter = Math.min(Number(header(raw.headers["retry-after"])) || 0, 30) * 1000;
      } catch (error) {
        const retryable = error instanceof FetchFailure && (error.reason === "timeout" || error.reason === "network");
        if (!retryable || attempt >= options.retries) throw error;
      }
      await sleep(Math.max(retryAfter, options.backoffMs * 2 ** attempt));
    }
  }

  async function follow(start: URL, extra: Record<string, string>, crawlDelay?: number, checkRobots = true) {
    let url = start;
    for (let hop = 0; ; hop++) {
      if (checkRobots && !(await allowed(url))) return { url, raw: null };
      const raw = await withRetries(url, extra, crawlDelay ?? (checkRobots ? await crawlDelayOf(url) : 0));
      const location = header(raw.headers.location);
      if (!REDIRECTS.has(raw.code) || !location) return { url, raw };
      if (hop >= options.maxRedirects) throw new FetchFailure("tooManyRedirects", start.href);
      url = new URL(location, url);
    }
  }

  /** The rules of an origin's robots.txt: none (404 and other 4xx) allows all; unreadable (5xx, network) allows nothing. */
  function robotsOf(url: URL) {
    let entry = robots.get(url.origin);
    if (!entry) {
      const robotsUrl = new URL("/robots.txt", url.origin);
      entry = follow(robotsUrl, { accept: "text/plain" }, 0, false).then(
        ({ raw }) => {
          if (raw && raw.code >= 200 && raw.code < 300) return robotsParser(robotsUrl.href, raw.body);
          if (raw && raw.code >= 400 && raw.code < 500) return robotsParser(robotsUrl.href, "");
          return new FetchFailure("robotsUnavailable", url.href);
        },
        (error) =>
          error instanceof FetchFailure && (error.reason === "privateHost" || error.reason === "badUrl")
            ? error
            : new FetchFailure("robotsUnavailable", url.href, String((error as Error)?.message ?? error)),
      );
      robots.set(url.origin, entry);
    }
    return entry;
  }

  async function allowed(url: URL) {
    const rules = await robotsOf(url);
    if (rules instanceof FetchFailure) throw rules;
    return rules.isAllowed(url.href, options.userAgent) !== false;
  }

  const crawlDelayOf = async (url: URL) => {
    const rules = await robotsOf(url);
    return rules instanceof FetchFailure ? 0 : (rules.getCrawlDelay(options.userAgent) ?? 0);
  };

  return {
    log,
    async get(target: string, validators: Validators = {}, accept = "*/*"): Promise<FetchOutcome> {
      let start: URL;
      try {
        start = new URL(target);
      } catch {
        throw new FetchFailure("badUrl", target);
      }
      const extra: Record<string, string> = { accept };
      if (validators.etag) extra["if-none-match"] = validators.etag;
      if (validators.lastModified) extra["if-modified-since"] = validators.lastModified;
      const { url, raw } = await follow(start, extra);
      if (!raw) return { status: "disallowed", url: url.href };
      if (raw.code === 304) return { status: "not-modified", url: url.href };
      if (raw.code === 404 || raw.code === 410) return { status: "gone", url: url.href, code: raw.code };
      if (raw.code < 200 || raw.code >= 300) throw new FetchFailure("httpError", url.href, String(raw.code));
      return {
        status: "ok",
        url: url.href,
        body: raw.body,
        contentType: header(raw.headers["content-type"]) ?? "",
        etag: header(raw.headers.etag),
        lastModified: header(raw.headers["last-modified"]),
      };
    },
  };
}

export type Fetcher = ReturnType<typeof createFetcher>;

import { env } from "@/lib/core/env";
import { createFetcher, type FetcherOptions } from "./fetcher";

/** The importer's name in every request: the platform and where to reach its operators. */
export const importerUserAgent = () =>
  `StagiaireImporter/1.0 (+${env().IMPORT_CONTACT_URL ?? `${env().APP_URL}/`}; internship offers)`;

/** The fetcher of one run of a source: its own pace, the platform's limits (tests shorten the waits). */
export const sourceFetcher = (source: { requestsPerMinute: number }, overrides: Partial<FetcherOptions> = {}) =>
  createFetcher({
    userAgent: importerUserAgent(),
    timeoutMs: 15_000,
    retries: 2,
    backoffMs: 1_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    allowPrivateHosts: env().IMPORT_ALLOW_PRIVATE_HOSTS,
    perMinute: source.requestsPerMinute,
    ...overrides,
  });

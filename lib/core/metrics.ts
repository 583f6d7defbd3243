/**
 * An in-process registry of the API's request metrics, read by /api/metrics in the Prometheus text
 * format. Each instance counts its own requests (Prometheus scrapes and sums the instances).
 */
export const DURATION_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

type Series = { count: number; errors: number; sum: number; buckets: number[] };

const holder = globalThis as { apiMetrics?: Map<string, Series> };
const registry = (): Map<string, Series> => (holder.apiMetrics ??= new Map());

/** Ids in paths would make one series per row: cuids, uuids, numbers and long tokens become {id}. */
export function routeOf(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) =>
      /^\d+$/.test(segment) ||
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment) ||
      (segment.length >= 16 && /\d/.test(segment) && /^[A-Za-z0-9_-]+$/.test(segment))
        ? "{id}"
        : segment,
    )
    .join("/");
}

/** Counts one answered request: a 5xx is an error; client refusals (4xx) are counted by status alone. */
export function observeRequest(method: string, pathname: string, status: number, seconds: number): void {
  const key = JSON.stringify([method, routeOf(pathname), String(status)]);
  const series = registry().get(key) ?? { count: 0, errors: 0, sum: 0, buckets: DURATION_BUCKETS.map(() => 0) };
  series.count += 1;
  if (status >= 500) series.errors += 1;
  series.sum += seconds;
  DURATION_BUCKETS.forEach((bound, index) => {
    if (seconds <= bound) series.buckets[index]! += 1;
  });
  registry().set(key, series);
}

/** For tests: forget what was counted. */
export function resetRequestMetrics(): void {
  registry().clear();
}

const label = (value: string) => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");

/** The request series in the Prometheus text exposition format (version 0.0.4). */
export function requestMetricsText(): string {
  const lines = [
    "# HELP http_requests_total API requests answered, by method, route and status.",
    "# TYPE http_requests_total counter",
  ];
  const entries = [...registry().entries()].map(([key, series]) => {
    const [method, route, status] = JSON.parse(key) as [string, string, string];
    return { labels: `method="${label(method)}",route="${label(route)}",status="${status}"`, method, route, series };
  });
  for (const { labels, series } of entries) lines.push(`http_requests_total{${labels}} ${series.count}`);
  lines.push(
    "# HELP http_request_errors_total API requests answered with a server error (5xx).",
    "# TYPE http_request_errors_total counter",
  );
  for (const { labels, series } of entries) lines.push(`http_request_errors_total{${labels}} ${series.errors}`);
  lines.push(
    "# HELP http_request_duration_seconds Time to answer an API request.",
    "# TYPE http_request_duration_seconds histogram",
  );
  for (const { labels, series } of entries) {
    DURATION_BUCKETS.forEach((bound, index) =>
      lines.push(`http_request_duration_seconds_bucket{${labels},le="${bound}"} ${series.buckets[index]}`),
    );
    lines.push(`http_request_duration_seconds_bucket{${labels},le="+Inf"} ${series.count}`);
    lines.push(`http_request_duration_seconds_sum{${labels}} ${series.sum}`);
    lines.push(`http_request_duration_seconds_count{${labels}} ${series.count}`);
  }
  return `${lines.join("\n")}\n`;
}

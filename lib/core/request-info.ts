/**
 * The caller's IP. `x-real-ip` is set by the hosting proxy (Vercel, nginx); otherwise the last
 * `x-forwarded-for` hop, the one our own proxy appended. The first hop is whatever the client
 * claims, so it must not key rate limits.
 */
export function clientIp(headers: Headers): string {
  const realIp = headers.get("x-real-ip")?.trim();
  if (realIp) return realIp;
  const hops = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops?.at(-1) || "unknown";
}

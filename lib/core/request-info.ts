import { env } from "./env";

/**
 * The caller's IP, as far as it can be trusted. On Vercel its edge sets x-real-ip. Elsewhere the
 * chain is x-forwarded-for's hops followed by the socket's own address (stamped by
 * scripts/http-guard.cjs), and the caller is the hop just before our TRUSTED_PROXY_HOPS
 * proxies: anything further left is whatever the client claims.
 */
export function clientIp(headers: Headers): string {
  return callerAddress(headers, env().TRUSTED_PROXY_HOPS);
}

export function callerAddress(headers: Headers, hops: string): string {
  if (hops === "vercel") return headers.get("x-real-ip")?.trim() || "unknown";
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const peer = headers.get("x-peer-address")?.trim();
  if (peer) chain.push(peer);
  return chain[Math.max(0, chain.length - 1 - Number(hops))] ?? "unknown";
}

import { isIPv4, isIPv6 } from "node:net";
import Bowser from "bowser";

/** What the sessions list shows of a user agent: "Firefox 128", "Windows 11"; null when unknown. */
export function describeUserAgent(userAgent: string | null | undefined): { browser: string | null; os: string | null } {
  if (!userAgent) return { browser: null, os: null };
  const parsed = Bowser.parse(userAgent);
  const name = (part: { name?: string; version?: string; versionName?: string }, version?: string) =>
    part.name ? [part.name, version].filter(Boolean).join(" ") : null;
  // API clients ("okhttp/4.12.0", "curl/8.5.0") are named by their first product token.
  const product = /^([\w.-]+)\/([\w.]+)/.exec(userAgent);
  return {
    browser:
      name(parsed.browser, parsed.browser.version?.split(".")[0]) ??
      (product && product[1] !== "Mozilla" ? `${product[1]} ${product[2]}` : null),
    os: name(parsed.os, parsed.os.versionName ?? parsed.os.version),
  };
}

/** The network an address belongs to: its /24 (IPv4) or /48 (IPv6), so that a new lease is not a new device. */
export function networkOf(ip: string): string {
  const address = ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (isIPv4(address)) return `${address.split(".").slice(0, 3).join(".")}.0/24`;
  if (isIPv6(address)) {
    const [head = "", tail = ""] = address.toLowerCase().split("::");
    const left = head ? head.split(":") : [];
    const right = tail ? tail.split(":") : [];
    const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
    return `${groups.slice(0, 3).join(":")}::/48`;
  }
  return "unknown";
}

/**
 * The device key of an API client, which has no cookie to carry one: its browser or client family,
 * operating system and network. Browsers use their long-lived device cookie instead (decision 0010).
 */
export function apiDeviceKey(userAgent: string | undefined, ip: string): string {
  const parsed = userAgent ? Bowser.parse(userAgent) : undefined;
  return ["api", parsed?.browser.name || userAgent?.split("/")[0] || "", parsed?.os.name ?? "", networkOf(ip)].join(
    "|",
  );
}

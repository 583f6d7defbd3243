import { isIP } from "node:net";

const V4_PRIVATE: [number, number][] = [
  [0x00000000, 8], // 0.0.0.0/8 "this network"
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10 carrier-grade NAT
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local (cloud metadata lives here)
  [0xac100000, 12], // 172.16/12
  [0xc0a80000, 16], // 192.168/16
  [0xc0000000, 24], // 192.0.0/24
  [0xc6120000, 15], // 198.18/15 benchmarking
  [0xe0000000, 3], // multicast and reserved
];

const v4Number = (address: string) => address.split(".").reduce((value, part) => (value << 8) + Number(part), 0) >>> 0;

function privateV4(address: string): boolean {
  const value = v4Number(address);
  return V4_PRIVATE.some(([base, bits]) => value >>> (32 - bits) === base >>> (32 - bits));
}

/**
 * Whether an address is one an imported source may not reach: private, loopback, link-local,
 * unique-local, multicast or unspecified (IPv4, IPv6 and IPv4-mapped IPv6). Anything that is not
 * an address at all counts as private.
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return privateV4(address);
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  const mapped = lower.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped) return privateV4(mapped[1]);
  if (lower === "::" || lower === "::1") return true;
  const first = parseInt(lower.split(":")[0] || "0", 16);
  return (
    (first & 0xfe00) === 0xfc00 || // fc00::/7 unique local
    (first & 0xffc0) === 0xfe80 || // fe80::/10 link-local
    (first & 0xff00) === 0xff00 // multicast
  );
}

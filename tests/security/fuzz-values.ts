/** The fuzz tests' inputs: a fixed seed, so that a failure comes back on every run. */
export const SEED = 16;

/** mulberry32: small, fast and good enough to pick cases. */
export function random(seed = SEED) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct items of `list`, chosen by `next`. */
export function sample<T>(next: () => number, list: readonly T[], count: number): T[] {
  const pool = [...list];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/** An array nested `depth` deep, built without recursion. */
export function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

export type Labelled<T> = [label: string, value: T];

export const NASTY_STRINGS: Labelled<string>[] = [
  ["100k characters", "x".repeat(100_000)],
  ["NUL byte", "a\u0000b"],
  ["encoded NUL", "a%00b"],
  ["RTL override", "cv\u202Efdp.exe"],
  ["lone surrogate", "a\uD800b"],
  ["emoji", "😀👩🏽‍💻"],
  ["zero-width and combining", "e\u0301\u200B\uFEFF"],
  ["SQL injection", "' OR '1'='1'; SELECT pg_sleep(1); --"],
  ["HTML and script", '<script>alert(1)</script><img src=x onerror="alert(1)">'],
  ["prototype key", "__proto__"],
  ["path traversal", "../../../../etc/passwd"],
  ["line break and header", "a\r\nSet-Cookie: hacked=1"],
  ["format and template", "%s%n{0}${7*7}{{7*7}}"],
  ["only spaces", "   "],
];

export const WRONG_TYPES: Labelled<unknown>[] = [
  ["a number", 12345],
  ["a negative number", -1],
  ["a huge number", 1e308],
  ["a fraction", 0.5],
  ["a boolean", true],
  ["null", null],
  ["an array", ["a", 1]],
  ["an object", { a: 1 }],
  ["nested 100 deep", nested(100)],
  ["a __proto__ object", JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')],
];

/** Query parameters are text: the wrong types as a client would spell them. */
export const QUERY_TYPES: Labelled<string>[] = [
  ["-1", "-1"],
  ["0", "0"],
  ["1e309", "1e309"],
  ["NaN", "NaN"],
  ["[]", "[]"],
  ["{}", "{}"],
  ["a 30-digit number", "9".repeat(30)],
];

/** Path parameters: ids that name nothing, as Next hands them over (decoded). */
export const NASTY_IDS: Labelled<string>[] = [
  ["300 characters", "c".repeat(300)],
  ["a NUL byte", "ck\u0000abc"],
  ["%00 (undecoded)", "%00"],
  ["a trailing %00", "ckabc%00"],
  ["SQL", "' OR 1=1 --"],
  ["path traversal", "../../etc/passwd"],
  ["emoji", "😀"],
  ["RTL override", "\u202Eabc"],
  ["a lone surrogate", "\uDC00"],
  ["__proto__", "__proto__"],
  ["a space", " "],
];

/** Whole bodies sent as raw text to JSON routes. */
export const RAW_BODIES: Labelled<string>[] = [
  ["20,000 nested [", "[".repeat(20_000)],
  ["20,000 nested arrays, closed", "[".repeat(20_000) + "]".repeat(20_000)],
  ["20,000 nested objects", '{"a":'.repeat(20_000) + "1" + "}".repeat(20_000)],
  ["__proto__ and constructor keys", '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}'],
  ["not JSON", "{"],
  ["JSON null", "null"],
  ["a JSON array", "[]"],
  ["a JSON string", '"x"'],
  ["a JSON number", "1"],
  ["an escaped NUL", '{"a":"\\u0000"}'],
  ["a raw NUL", '{"a":"x\u0000y"}'],
  ["2 MB", JSON.stringify({ a: "x".repeat(2 * 1024 * 1024) })],
];

/** File names of uploads. */
export const NASTY_FILE_NAMES: Labelled<string>[] = [
  ["a NUL byte", "cv\u0000.pdf"],
  ["300 characters", `${"n".repeat(300)}.pdf`],
  ["path traversal", "../../../etc/passwd.pdf"],
  ["RTL override", "cv\u202Efdp.exe"],
  ["a header injection", 'cv.pdf"\r\nContent-Type: text/html'],
  ["HTML", "<img src=x onerror=alert(1)>.pdf"],
];

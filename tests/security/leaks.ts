/**
 * What an answer must never show: a stack trace, SQL or a database error, a path on the server.
 * Words that the request itself carried (an SQL payload echoed in a saved field) do not count.
 */
const LEAKS: [string, RegExp, "always" | "errors"][] = [
  ["a stack frame", /\n\s+at\s|\bat (?:async )?[\w$.<>[\]]+ \((?:file:|node:|\/)/, "always"],
  ["Prisma", /prisma/i, "always"],
  ["a database error", /invalid byte sequence|syntax error at or near|violates \w+ constraint|\bP\d{4}\b/, "always"],
  ["a server path", /\/work\/|node_modules|\/home\/|\/tmp\//, "always"],
  // Saved fields come back in successful answers, earlier fuzz payloads included: errors only.
  ["SQL", /\b(?:SELECT|INSERT INTO|UPDATE \S+ SET|DELETE FROM)\b/, "errors"],
  ["an exception name", /\b(?:TypeError|RangeError|ReferenceError|SyntaxError)\b/, "errors"],
];

export function leakIn(answer: string, request: string, error = true): string | null {
  for (const [what, pattern, when] of LEAKS) {
    if (when === "errors" && !error) continue;
    const found = pattern.exec(answer);
    if (found && !request.includes(found[0])) return `${what} (“${found[0].trim()}”)`;
  }
  return null;
}

/** What an error says when the database is saturated rather than wrong (decision 0019). */
const BUSY_CODES = new Set([
  "P2024", // Prisma: timed out fetching a connection from the pool
  "P2028", // Prisma: unable to start a transaction in the given time
  "57014", // PostgreSQL: statement cancelled (statement_timeout)
  "53300", // PostgreSQL: too many connections
]);
const BUSY_MESSAGES = [
  /timeout exceeded when trying to connect/i, // pg: DATABASE_POOL_TIMEOUT_MS elapsed waiting for a connection
  /connection terminated due to connection timeout/i, // pg: a new connection took longer than that to open
  /unable to start a transaction in the given time/i,
  /canceling statement due to statement timeout/i,
  /too many (clients|connections)/i,
];

/**
 * Whether `error` (or one of its causes) means the database had no capacity for this request in
 * time: the pool stayed full, a transaction could not start, a statement ran past its timeout.
 * Such a request gets a 503 with Retry-After, not a 500: trying again shortly may succeed.
 */
export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Object && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && BUSY_CODES.has(code)) return true;
    if (typeof message === "string" && BUSY_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = cause;
  }
  return false;
}

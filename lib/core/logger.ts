import pino from "pino";

const holder = globalThis as { logger?: pino.Logger };

/** Structured JSON logs on stdout; each request gets a child logger with its request id. */
export const logger: pino.Logger = (holder.logger ??= pino({
  // Read here rather than through env(): logging must work before the configuration is valid.
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "stagiaire" },
  timestamp: pino.stdTimeFunctions.isoTime,
}));

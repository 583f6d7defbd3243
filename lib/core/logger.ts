import pino from "pino";
import { logLevel } from "./env";

const holder = globalThis as { logger?: pino.Logger };

/** Structured JSON logs on stdout; each request gets a child logger with its request id. */
export const logger: pino.Logger = (holder.logger ??= pino({
  level: logLevel(),
  base: { service: "stagiaire" },
  timestamp: pino.stdTimeFunctions.isoTime,
}));

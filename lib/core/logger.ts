import pino from "pino";
import { logLevel } from "./env";
import { currentRequest } from "./request-context";

const holder = globalThis as { logger?: pino.Logger };

/**
 * Structured JSON logs on stdout. A line written while serving a request (or running a workflow
 * for an event that request recorded) carries its requestId.
 */
export const logger: pino.Logger = (holder.logger ??= pino({
  level: logLevel(),
  base: { service: "stagiaire" },
  timestamp: pino.stdTimeFunctions.isoTime,
  mixin: () => {
    const requestId = currentRequest()?.requestId;
    return requestId ? { requestId } : {};
  },
}));

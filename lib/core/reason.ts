import type { Reason } from "./errors";

/** A yup message (a catalogue key, or a key with values from lib/core/limit-messages) as a reason. */
export function asReason(message: unknown): Reason {
  if (typeof message === "object" && message !== null && typeof (message as Reason).key === "string")
    return message as Reason;
  return { key: String(message) };
}

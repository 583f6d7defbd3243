import type { Reason } from "./errors";
import { translator } from "./translator";

/** The English sentence for a field's reason (API answers; forms translate the reason themselves). */
export function fieldMessage(reason: Reason): string {
  const t = translator("en", "validation");
  // Keys outside the catalogue are yup's own English sentences: shown as they are.
  return t.has(reason.key) ? t(reason.key, reason.values) : reason.key;
}

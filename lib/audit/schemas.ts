import * as yup from "yup";
import { calendarDate } from "@/lib/core/dates";
import { tooLong } from "@/lib/core/limit-messages";
import { pageSchema } from "@/lib/core/pagination";

/** The audit log's filters, shared by the page, the API and the CSV export (`from`/`to` are UTC days, both included). */
export const auditFiltersSchema = yup.object({
  /** A user id, or part of the actor's e-mail address or name. */
  actor: yup.string().trim().max(200, tooLong).optional(),
  /** An action ("agreement.signed"), or its family ("agreement" finds every "agreement.…"). */
  action: yup
    .string()
    .trim()
    .max(100, tooLong)
    .matches(/^[a-z0-9.-]*$/i, "auditFilterFormat")
    .optional(),
  /** The kind of row the entry is about ("Agreement", "User"…). */
  entity: yup
    .string()
    .trim()
    .max(60, tooLong)
    .matches(/^[A-Za-z]*$/, "auditFilterFormat")
    .optional(),
  /** The row the entry is about. */
  entityId: yup.string().trim().max(200, tooLong).optional(),
  from: calendarDate(),
  to: calendarDate({ endOfDay: true }).test("afterFrom", "endBeforeStart", function (to) {
    const from = this.parent.from as Date | null | undefined;
    return !from || !to || to >= from;
  }),
});
export type AuditFilters = yup.InferType<typeof auditFiltersSchema>;

export const listAuditSchema = pageSchema.concat(auditFiltersSchema);

import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { AuditLogView, type AuditPageFilters } from "./audit-log-view";

export type AuditSearchParams = Record<keyof AuditPageFilters | "cursor", string | string[] | undefined>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The URL's filters, keeping only values the list accepts (an edited URL shows more, not an error page). */
function filtersOf(params: Partial<AuditSearchParams>): AuditPageFilters {
  const text = (value: unknown, max: number, pattern?: RegExp) => {
    if (typeof value !== "string") return undefined;
    const trimmed = value.trim().slice(0, max);
    return trimmed && (!pattern || pattern.test(trimmed)) ? trimmed : undefined;
  };
  const from = text(params.from, 10, DAY);
  const to = text(params.to, 10, DAY);
  return {
    actor: text(params.actor, 200),
    action: text(params.action, 100, /^[A-Za-z0-9.-]+$/),
    entity: text(params.entity, 60, /^[A-Za-z]+$/),
    entityId: text(params.entityId, 200, /^[\w-]+$/),
    from,
    to: from && to && to < from ? undefined : to,
  };
}

/** The audit log page of system admins (/admin/audit) and of a university's admins (/university/audit). */
export async function AuditPage({
  searchParams,
  basePath,
  lead,
}: {
  searchParams: Promise<Partial<AuditSearchParams>>;
  basePath: string;
  lead: "lead" | "leadUniversity";
}) {
  const params = await searchParams;
  const filters = filtersOf(params);
  const cursor = typeof params.cursor === "string" ? params.cursor.slice(0, 200) : undefined;
  const actor = await pageActor("SYSTEM_ADMIN", "UNIVERSITY_ADMIN");
  const page = await forPage(listAuditEntries(actor, { ...filters, cursor, limit: 50 }));
  const [tn, t] = await Promise.all([getTranslations("nav"), getTranslations("admin.audit")]);
  return (
    <>
      <PageHeader title={tn("audit")} lead={t(lead)} />
      <AuditLogView
        items={page.items}
        nextCursor={page.nextCursor}
        cursor={cursor}
        filters={filters}
        basePath={basePath}
      />
    </>
  );
}

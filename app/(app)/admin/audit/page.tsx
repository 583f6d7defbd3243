import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditPage, type AuditSearchParams } from "@/components/audit/audit-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("audit") };
}

export default function AdminAuditPage({ searchParams }: { searchParams: Promise<Partial<AuditSearchParams>> }) {
  return <AuditPage searchParams={searchParams} basePath="/admin/audit" lead="lead" />;
}

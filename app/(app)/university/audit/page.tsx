import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditPage, type AuditSearchParams } from "@/components/audit/audit-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("audit") };
}

/** The university's admins read the entries about their university (supervisors get the 403 page). */
export default function UniversityAuditPage({ searchParams }: { searchParams: Promise<Partial<AuditSearchParams>> }) {
  return <AuditPage searchParams={searchParams} basePath="/university/audit" lead="leadUniversity" />;
}

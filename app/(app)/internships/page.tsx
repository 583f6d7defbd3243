import Alert from "@mui/material/Alert";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InternshipList } from "@/components/internships/internship-list";
import { SupervisorAssignment } from "@/components/internships/supervisor-assignment";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { listAssignableSupervisors } from "@/lib/internships/list-assignable-supervisors";
import { listFollowedInternships } from "@/lib/internships/list-followed-internships";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("internships.list"))("title") };
}

const ORDER = ["ACTIVE", "PLANNED", "COMPLETED", "TERMINATED"] as const;

/**
 * Each role's internships: the student's own, the tutor's interns, the supervisor's assigned
 * interns, the university's internships, grouped by state, those needing attention first.
 */
export default async function InternshipsPage() {
  const actor = await pageActor();
  const [{ groups, truncated }, t, statuses] = await Promise.all([
    forPage(listFollowedInternships(actor)),
    getTranslations("internships.list"),
    getTranslations("internships.statuses"),
  ]);
  const total = ORDER.reduce((sum, status) => sum + groups[status].length, 0);
  return (
    <>
      <PageHeader title={t("title")} lead={t(`lead.${actor.role}`)} />
      {truncated && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t("truncated")}
        </Alert>
      )}
      {total > 0 && actor.role === "UNIVERSITY_ADMIN" ? (
        <SupervisorAssignment
          groups={ORDER.map((status) => ({ status, title: statuses(status), items: groups[status] }))}
          supervisors={await listAssignableSupervisors(actor)}
        />
      ) : total === 0 ? (
        <EmptyState
          title={t("empty.title")}
          hint={t(`empty.hint.${actor.role}`)}
          action={t("empty.action")}
          href="/dashboard"
        />
      ) : (
        ORDER.filter((status) => groups[status].length > 0 || status === "ACTIVE").map((status) => (
          <section key={status} aria-labelledby={`group-${status}`} style={{ marginBottom: 24, maxWidth: 880 }}>
            <Typography id={`group-${status}`} variant="h2" gutterBottom>
              {statuses(status)} ({groups[status].length})
            </Typography>
            <InternshipList items={groups[status]} />
          </section>
        ))
      )}
    </>
  );
}

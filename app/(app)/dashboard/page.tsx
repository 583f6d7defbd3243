import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ToSignCard } from "@/components/agreements/to-sign-card";
import { OnboardingChecklist } from "@/components/dashboard/onboarding-checklist";
import { StatGrid } from "@/components/dashboard/stat-grid";
import { EvaluationsDueCard } from "@/components/internships/evaluations-due-card";
import { ProfileCompletenessCard } from "@/components/students/profile-completeness-card";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { dashboardSummary } from "@/lib/reports/dashboard-summary";
import { enterpriseOnboarding } from "@/lib/reports/enterprise-onboarding";
import { getOwnStudentProfile } from "@/lib/students/get-student-profile";
import { profileCompleteness } from "@/lib/students/profile-completeness";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("dashboard") };
}

const LEADS = {
  STUDENT: "studentLead",
  ENTERPRISE: "enterpriseLead",
  UNIVERSITY_ADMIN: "universityAdminLead",
  UNIVERSITY_SUPERVISOR: "supervisorLead",
  SYSTEM_ADMIN: "systemAdminLead",
} as const;

export default async function DashboardPage() {
  const actor = await pageActor();
  const [t, enums, summary] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("enums"),
    forPage(dashboardSummary(actor)),
  ]);
  const completeness =
    actor.role === "STUDENT" ? profileCompleteness(await forPage(getOwnStudentProfile(actor))) : null;
  const onboarding = actor.role === "ENTERPRISE" ? await forPage(enterpriseOnboarding(actor)) : null;
  return (
    <>
      <PageHeader title={t("welcome", { name: actor.name })} lead={t(LEADS[actor.role])} />
      <Box sx={{ mb: 2 }} data-testid="dashboard-role">
        <Chip label={(await getTranslations("roles"))(actor.role)} color="primary" variant="outlined" />
        {summary.verificationStatus && (
          <Chip
            sx={{ ml: 1 }}
            label={t("verificationStatus", { status: enums(`verificationStatus.${summary.verificationStatus}`) })}
          />
        )}
      </Box>
      {onboarding && <OnboardingChecklist steps={onboarding} />}
      <ToSignCard actor={actor} />
      <EvaluationsDueCard actor={actor} />
      <StatGrid
        stats={summary.stats.map((s) => ({ label: t(s.key as "applications"), value: s.value, href: s.href }))}
      />
      {completeness && completeness.percent < 100 && (
        <Box sx={{ mb: 3 }}>
          <ProfileCompletenessCard completeness={completeness} href="/student/profile" />
        </Box>
      )}
      {summary.recentOffers.length > 0 && (
        <Card>
          <CardContent>
            <Typography variant="h2" gutterBottom>
              {t("recentOffers")}
            </Typography>
            <List dense>
              {summary.recentOffers.map((offer) => (
                <ListItem key={offer.id} disableGutters>
                  <ListItemText
                    primary={<Link href={`/offers/${offer.id}`}>{offer.title}</Link>}
                    secondary={`${offer.enterprise} · ${offer.city}`}
                  />
                </ListItem>
              ))}
            </List>
          </CardContent>
        </Card>
      )}
    </>
  );
}

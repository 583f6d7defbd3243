import Alert from "@mui/material/Alert";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { InternshipCertificates } from "@/components/certificates/internship-certificates";
import { InternshipDocumentsSection } from "@/components/documents/internship-documents-section";
import { AttendanceForm } from "@/components/internships/attendance-form";
import { InternshipAttendance } from "@/components/internships/internship-attendance";
import { InternshipEvaluationsSection } from "@/components/internships/internship-evaluations-section";
import { InternshipIssues } from "@/components/internships/internship-issues";
import { InternshipLogbook } from "@/components/internships/internship-logbook";
import { InternshipStatusChip } from "@/components/internships/internship-status-chip";
import { InternshipVisits } from "@/components/internships/internship-visits";
import { IssueForm } from "@/components/internships/issue-form";
import { LogbookWeekForm } from "@/components/internships/logbook-week-form";
import { StatusControls } from "@/components/internships/status-controls";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { getInternship } from "@/lib/internships/get-internship";
import { dayKey, internshipWeeks, utcToday } from "@/lib/internships/weeks";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("internships.list"))("title") };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} style={{ marginTop: 32 }}>
      <Typography id={id} variant="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </section>
  );
}

/**
 * The one page of an internship, for each of its parties: who is who, the logbook and its missing
 * weeks, attendance, issues, and the controls of the caller's part (write, comment, record, resolve, end).
 */
export default async function InternshipPage({ params }: Props) {
  const actor = await pageActor();
  const { id } = await params;
  const [internship, t, format] = await Promise.all([
    forPage(getInternship(actor, id)),
    getTranslations("internships"),
    getFormatter(),
  ]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const active = internship.status === "ACTIVE";
  const ended = internship.status === "COMPLETED" || internship.status === "TERMINATED";
  const can = (action: string) => internship.can.includes(action as never);
  const today = utcToday();
  const writableWeeks = internshipWeeks(internship.startDate, internship.endDate)
    .filter((monday) => monday <= today)
    .reverse()
    .map(dayKey);
  const lastDay = internship.endDate < today ? internship.endDate : today;
  const people: [string, string | null][] = [
    [t("detail.student"), internship.student.name],
    [t("detail.enterprise"), internship.enterprise.name],
    [t("detail.tutor"), internship.tutor?.name ?? null],
    [t("detail.supervisor"), internship.supervisor?.name ?? null],
    [t("detail.university"), internship.university.name],
  ];
  return (
    <div style={{ maxWidth: 880 }}>
      <Link href="/internships" sx={{ display: "inline-block", mb: 2 }}>
        {t("detail.back")}
      </Link>
      <PageHeader
        title={t("detail.title", { student: internship.student.name, enterprise: internship.enterprise.name })}
        lead={[
          internship.offer && t("detail.offer", { title: internship.offer.title }),
          t("detail.dates", { start: day(internship.startDate), end: day(internship.endDate) }),
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        <InternshipStatusChip status={internship.status} />
      </Stack>
      {internship.status === "PLANNED" && (
        <Alert severity="info">{t("detail.plannedNote", { date: day(internship.startDate) })}</Alert>
      )}
      {internship.status === "COMPLETED" && internship.completedAt && (
        <Alert severity="success">{t("detail.completedOn", { date: day(internship.completedAt) })}</Alert>
      )}
      {internship.status === "TERMINATED" && internship.terminatedAt && (
        <Alert severity="warning">
          {t("detail.terminatedOn", {
            date: day(internship.terminatedAt),
            reason: internship.terminationReason ?? "—",
          })}
        </Alert>
      )}

      <Section id="people" title={t("detail.people")}>
        <dl style={{ display: "grid", gridTemplateColumns: "max-content 1fr", gap: "4px 16px", margin: 0 }}>
          {people.map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <Typography component="dt" color="text.secondary">
                {label}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }} color={value ? undefined : "text.secondary"}>
                {value ?? t("detail.notAssigned")}
              </Typography>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="logbook" title={t("logbook.title")}>
        {active && can("writeLogbook") && writableWeeks.length > 0 && (
          <Stack sx={{ mb: 3 }}>
            <Typography variant="h3" component="h3" sx={{ fontSize: "1.1rem", mb: 1 }}>
              {t("logbook.write")}
            </Typography>
            <LogbookWeekForm
              internshipId={internship.id}
              weeks={writableWeeks}
              entries={internship.logbook.weeks.map((w) => ({
                weekStart: dayKey(w.weekStart),
                summary: w.summary,
                learnings: w.learnings,
                hours: w.hours,
              }))}
            />
          </Stack>
        )}
        <InternshipLogbook internship={internship} />
      </Section>

      <Section id="attendance" title={t("attendance.title")}>
        <InternshipAttendance internship={internship} />
        {active && can("recordAttendance") && (
          <Stack sx={{ mt: 2 }}>
            <Typography variant="h3" component="h3" sx={{ fontSize: "1.1rem", mb: 1 }}>
              {t("attendance.record")}
            </Typography>
            <AttendanceForm internshipId={internship.id} today={dayKey(lastDay)} min={dayKey(internship.startDate)} />
          </Stack>
        )}
      </Section>

      <Section id="issues" title={t("issues.title")}>
        <InternshipIssues internship={internship} />
        {!ended && can("raiseIssue") && (
          <Stack sx={{ mt: 2 }}>
            <Typography variant="h3" component="h3" sx={{ fontSize: "1.1rem", mb: 1 }}>
              {t("issues.raise")}
            </Typography>
            <IssueForm internshipId={internship.id} />
          </Stack>
        )}
      </Section>

      <InternshipVisits actor={actor} internshipId={internship.id} can={internship.can} ended={ended} />

      <InternshipEvaluationsSection internshipId={internship.id} />

      <InternshipDocumentsSection internshipId={internship.id} />

      {!ended && can("changeStatus") && (
        <Section id="end" title={t("end.title")}>
          <StatusControls internshipId={internship.id} canComplete={active} />
        </Section>
      )}

      <InternshipCertificates actor={actor} internshipId={internship.id} />
    </div>
  );
}

import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { getRosterStudent } from "@/lib/universities/get-roster-student";

function Section({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <Card>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {title}
        </Typography>
        {children.length === 0 ? (
          <Typography color="text.secondary">{empty}</Typography>
        ) : (
          <List dense>{children}</List>
        )}
      </CardContent>
    </Card>
  );
}

export default async function UniversityStudentPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await pageActor("UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR");
  const { id } = await params;
  const student = await forPage(getRosterStudent(me, me.university?.id ?? "-", id));
  const t = await getTranslations();
  const format = await getFormatter();
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium" }) : "—");
  const status = (kind: string, value: string) =>
    t.has(`enums.${kind}.${value}`) ? t(`enums.${kind}.${value}`) : value;

  return (
    <>
      <PageHeader title={student.name} lead={student.email} />
      <Stack spacing={3} sx={{ maxWidth: 880 }}>
        <LinkButton href="/university/students" sx={{ alignSelf: "flex-start" }}>
          {t("universities.student.back")}
        </LinkButton>
        <Card>
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
              <Chip label={t(`universities.standing.${student.standing}`)} color="primary" variant="outlined" />
              {student.accountPending && <Chip label={t("universities.students.accountPending")} variant="outlined" />}
            </Stack>
            <Typography>
              {t("universities.student.number")} : {student.studentNumber ?? "—"}
            </Typography>
            <Typography>
              {t("universities.student.program")} :{" "}
              {student.program ? `${student.program.name} (${student.program.department.name})` : "—"}
              {student.yearOfStudy ? ` — ${t("universities.student.year", { year: student.yearOfStudy })}` : ""}
            </Typography>
            {student.headline && <Typography sx={{ mt: 1 }}>{student.headline}</Typography>}
            {student.skills.length > 0 && (
              <Typography color="text.secondary" sx={{ mt: 1 }}>
                {t("universities.student.skills")} : {student.skills.join(", ")}
              </Typography>
            )}
          </CardContent>
        </Card>
        <Section title={t("universities.student.applications")} empty={t("universities.student.noApplications")}>
          {student.applications.map((application) => (
            <ListItem key={application.id}>
              <ListItemText
                primary={`${application.offer.title} — ${application.offer.enterprise.name}`}
                secondary={`${status("applicationStatus", application.status)} · ${day(application.submittedAt)}`}
              />
            </ListItem>
          ))}
        </Section>
        <Section title={t("universities.student.agreements")} empty={t("universities.student.noAgreements")}>
          {student.agreements.map((agreement) => (
            <ListItem key={agreement.id}>
              <ListItemText
                primary={agreement.enterprise.name}
                secondary={`${status("agreementStatus", agreement.status)} · ${day(agreement.startDate)} – ${day(agreement.endDate)}`}
              />
            </ListItem>
          ))}
        </Section>
        <Section title={t("universities.student.internships")} empty={t("universities.student.noInternships")}>
          {student.internships.map((internship) => (
            <ListItem key={internship.id}>
              <ListItemText
                primary={`${internship.offer?.title ?? internship.enterprise.name} — ${internship.enterprise.name}`}
                secondary={[
                  `${status("internshipStatus", internship.status)} · ${day(internship.startDate)} – ${day(internship.endDate)}`,
                  internship.supervisor
                    ? t("universities.student.supervisor", { name: internship.supervisor.user.name })
                    : "",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              />
            </ListItem>
          ))}
        </Section>
      </Stack>
    </>
  );
}

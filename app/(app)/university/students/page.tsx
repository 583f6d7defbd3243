import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { listDepartments } from "@/lib/universities/list-departments";
import { listRosterStudents } from "@/lib/universities/list-roster-students";
import { INTERNSHIP_STANDINGS, MAX_PROGRAM_YEARS } from "@/lib/universities/schemas";

type Search = Record<string, string | string[] | undefined>;
const FILTERS = ["q", "programId", "year", "standing", "cursor"] as const;

export default async function UniversityStudentsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await pageActor("UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR");
  const params = await searchParams;
  const query = Object.fromEntries(
    FILTERS.flatMap((key) => (typeof params[key] === "string" && params[key] ? [[key, params[key]]] : [])),
  );
  const universityId = me.university?.id ?? "-";
  const [page, structure] = await Promise.all([
    forPage(listRosterStudents(me, universityId, query)),
    forPage(listDepartments(me, universityId)),
  ]);
  const t = await getTranslations("universities");
  const programs = structure.items.flatMap((department) => department.programs);
  const filtered = Object.keys(query).some((key) => key !== "cursor");
  const next = page.nextCursor ? `?${new URLSearchParams({ ...query, cursor: page.nextCursor })}` : null;
  const admin = me.role === "UNIVERSITY_ADMIN";

  return (
    <>
      <PageHeader title={t("students.title")} lead={t("students.lead", { university: page.university.name })} />
      <Stack spacing={3}>
        <Stack component="form" method="get" direction={{ xs: "column", md: "row" }} spacing={2} role="search">
          <TextField name="q" label={t("students.search")} defaultValue={query.q ?? ""} size="small" />
          <TextField
            name="programId"
            label={t("students.program")}
            select
            defaultValue={query.programId ?? ""}
            size="small"
            sx={{ minWidth: 200 }}
          >
            <MenuItem value="">{t("students.anyProgram")}</MenuItem>
            {programs.map((program) => (
              <MenuItem key={program.id} value={program.id}>
                {program.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            name="year"
            label={t("students.year")}
            select
            defaultValue={query.year ?? ""}
            size="small"
            sx={{ minWidth: 120 }}
          >
            <MenuItem value="">{t("students.anyYear")}</MenuItem>
            {Array.from({ length: MAX_PROGRAM_YEARS }, (_, i) => (
              <MenuItem key={i + 1} value={String(i + 1)}>
                {i + 1}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            name="standing"
            label={t("students.standing")}
            select
            defaultValue={query.standing ?? ""}
            size="small"
            sx={{ minWidth: 180 }}
          >
            <MenuItem value="">{t("students.anyStanding")}</MenuItem>
            {INTERNSHIP_STANDINGS.map((standing) => (
              <MenuItem key={standing} value={standing}>
                {t(`standing.${standing}`)}
              </MenuItem>
            ))}
          </TextField>
          <Button type="submit" variant="outlined">
            {t("students.filter")}
          </Button>
          {admin && (
            <LinkButton href="/university/students/import" variant="contained">
              {t("students.import")}
            </LinkButton>
          )}
        </Stack>
        {page.items.length === 0 ? (
          filtered ? (
            <EmptyState
              title={t("students.noMatchTitle")}
              hint={t("students.noMatchHint")}
              action={t("students.clear")}
              href="/university/students"
            />
          ) : (
            <EmptyState
              title={t("students.emptyTitle")}
              hint={t("students.emptyHint")}
              action={t("students.import")}
              href={admin ? "/university/students/import" : "/dashboard"}
            />
          )
        ) : (
          <Card sx={{ overflowX: "auto" }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t("students.name")}</TableCell>
                  <TableCell>{t("students.number")}</TableCell>
                  <TableCell>{t("students.program")}</TableCell>
                  <TableCell>{t("students.year")}</TableCell>
                  <TableCell>{t("students.standing")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {page.items.map((student) => (
                  <TableRow key={student.id}>
                    <TableCell>
                      <Link href={`/university/students/${student.id}`}>{student.name}</Link>
                      <br />
                      {student.email}
                      {student.accountPending && ` — ${t("students.accountPending")}`}
                    </TableCell>
                    <TableCell>{student.studentNumber ?? "—"}</TableCell>
                    <TableCell>{student.program?.name ?? "—"}</TableCell>
                    <TableCell>{student.yearOfStudy ?? "—"}</TableCell>
                    <TableCell>
                      <Chip size="small" variant="outlined" label={t(`standing.${student.standing}`)} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
        )}
        {next && (
          <LinkButton href={next} sx={{ alignSelf: "flex-start" }}>
            {t("students.next")}
          </LinkButton>
        )}
      </Stack>
    </>
  );
}

import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DepartmentForm } from "@/components/universities/department-form";
import { DepartmentHeader } from "@/components/universities/department-header";
import { ProgramForm } from "@/components/universities/program-form";
import { WIDE_ONLY } from "@/components/universities/wide-only";
import { ProgramRow } from "@/components/universities/program-row";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { listDepartments } from "@/lib/universities/list-departments";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("universities.structure"))("title") };
}

/** The university admin's departments and programs: add, rename or edit in place, remove when unused. */
export default async function StructurePage() {
  const me = await pageActor("UNIVERSITY_ADMIN");
  const universityId = me.university?.id ?? "-";
  const [{ university, items }, t] = await Promise.all([
    forPage(listDepartments(me, universityId)),
    getTranslations("universities.structure"),
  ]);
  const departments = items.map(({ id, name }) => ({ id, name }));

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { university: university.name })} />
      <Stack spacing={3} sx={{ maxWidth: 1000 }}>
        <Card>
          <CardContent>
            <Typography variant="h2" gutterBottom>
              {t("newDepartment")}
            </Typography>
            <DepartmentForm universityId={university.id} />
          </CardContent>
        </Card>
        {items.length > 0 && (
          <Card>
            <CardContent>
              <Typography variant="h2" gutterBottom>
                {t("newProgram")}
              </Typography>
              <ProgramForm universityId={university.id} departments={departments} />
            </CardContent>
          </Card>
        )}
        {items.length === 0 ? (
          <EmptyState title={t("emptyTitle")} hint={t("emptyHint")} action={t("emptyAction")} href="#department-name" />
        ) : (
          items.map((department) => (
            <Card key={department.id} component="section" aria-label={department.name}>
              <DepartmentHeader
                universityId={university.id}
                department={{
                  id: department.id,
                  name: department.name,
                  staffCount: department.staffCount,
                  programCount: department.programs.length,
                }}
              />
              {department.programs.length === 0 ? (
                <Typography color="text.secondary" sx={{ px: 2, pb: 2 }}>
                  {t("noPrograms")}
                </Typography>
              ) : (
                <Stack sx={{ overflowX: "auto" }}>
                  <Table size="small" aria-label={department.name}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{t("program")}</TableCell>
                        <TableCell sx={WIDE_ONLY}>{t("level")}</TableCell>
                        <TableCell sx={WIDE_ONLY}>{t("duration")}</TableCell>
                        <TableCell align="right">{t("students")}</TableCell>
                        <TableCell align="right">{t("actions")}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {department.programs.map((program) => (
                        <ProgramRow
                          key={program.id}
                          universityId={university.id}
                          departmentId={department.id}
                          program={program}
                        />
                      ))}
                    </TableBody>
                  </Table>
                </Stack>
              )}
            </Card>
          ))
        )}
      </Stack>
    </>
  );
}

import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgreementBoardCards } from "@/components/agreements/agreement-board-cards";
import { BulkReminderButton, REMINDER_CHECKBOX } from "@/components/agreements/bulk-reminder";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listUniversityAgreements } from "@/lib/agreements/list-university-agreements";
import { AGREEMENT_STATUSES, PARTIES } from "@/lib/agreements/schemas";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements.list"))("title") };
}

export default async function UniversityAgreementsPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; waitingFor?: string }>;
}) {
  const actor = await pageActor("UNIVERSITY_ADMIN");
  const universityId = actor.university?.id ?? "-";
  const query = await searchParams;
  const filters = {
    ...(query.status && { status: String(query.status) }),
    ...(query.waitingFor && { waitingFor: String(query.waitingFor) }),
  };
  const [{ items, counts }, t] = await Promise.all([
    forPage(listUniversityAgreements(actor, universityId, filters)),
    getTranslations("agreements"),
  ]);
  const csv = `/api/v1/universities/${universityId}/conventions/export.csv?${new URLSearchParams(filters)}`;
  return (
    <>
      <PageHeader title={t("list.title")} lead={t("list.lead")} />
      <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: "wrap" }}>
        {AGREEMENT_STATUSES.map((status) => (
          <Chip key={status} label={`${t(`statuses.${status}`)}: ${counts[status] ?? 0}`} variant="outlined" />
        ))}
      </Stack>
      <Stack component="form" method="get" direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ mb: 2 }}>
        <TextField
          select
          name="status"
          label={t("list.status")}
          defaultValue={query.status ?? ""}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{t("list.all")}</MenuItem>
          {AGREEMENT_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`statuses.${status}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          name="waitingFor"
          label={t("list.waitingFor")}
          defaultValue={query.waitingFor ?? ""}
          sx={{ minWidth: 240 }}
        >
          <MenuItem value="">{t("list.all")}</MenuItem>
          {PARTIES.map((party) => (
            <MenuItem key={party} value={party}>
              {t(`parties.${party}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="outlined">
          {t("list.filter")}
        </Button>
        <Button href={csv} variant="text">
          {t("list.export")}
        </Button>
        <LinkButton href="/university/agreements/circuit" variant="text">
          {t("list.circuitLink")}
        </LinkButton>
      </Stack>
      <BulkReminderButton universityId={universityId} />
      {/* Phones get cards; the table from the md breakpoint up (no sideways scrolling at 390 px). */}
      <Box sx={{ display: { xs: "block", md: "none" } }}>
        <AgreementBoardCards items={items} />
      </Box>
      <Card sx={{ display: { xs: "none", md: "block" } }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t("list.select")}</TableCell>
              <TableCell>{t("list.student")}</TableCell>
              <TableCell>{t("list.enterprise")}</TableCell>
              <TableCell>{t("list.status")}</TableCell>
              <TableCell>{t("list.waitingFor")}</TableCell>
              <TableCell>{t("list.dates")}</TableCell>
              <TableCell>{t("list.lastReminder")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.length === 0 && (
              <TableRow>
                <TableCell colSpan={7}>{t("list.none")}</TableCell>
              </TableRow>
            )}
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableCell padding="checkbox">
                  {item.waitingFor && (
                    <input
                      type="checkbox"
                      name={REMINDER_CHECKBOX}
                      value={item.id}
                      aria-label={`${t("list.select")} ${item.student}`}
                    />
                  )}
                </TableCell>
                <TableCell>
                  <Link href={`/agreements/${item.id}`}>{item.student}</Link>
                </TableCell>
                <TableCell>{item.enterprise}</TableCell>
                <TableCell>{t(`statuses.${item.status}`)}</TableCell>
                <TableCell>
                  {item.waitingFor
                    ? `${t(`parties.${item.waitingFor.party}`)} — ${t("list.days", { days: item.waitingFor.days })}${
                        item.waitingFor.overdue ? ` (${t("list.overdue")})` : ""
                      }`
                    : "—"}
                </TableCell>
                <TableCell>
                  {item.startDate.toISOString().slice(0, 10)} – {item.endDate.toISOString().slice(0, 10)}
                </TableCell>
                <TableCell>
                  {item.waitingFor
                    ? (item.waitingFor.lastRemindedAt?.toISOString().slice(0, 10) ?? t("list.never"))
                    : "—"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
    </>
  );
}

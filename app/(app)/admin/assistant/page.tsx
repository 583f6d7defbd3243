import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listUnansweredQuestions } from "@/lib/assistant/list-unanswered-questions";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assistant.admin"))("title") };
}

/** The questions the assistant could not answer, newest first, for staff to teach it. */
export default async function AssistantQuestionsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const actor = await pageActor("SYSTEM_ADMIN");
  const { cursor } = await searchParams;
  const page = await forPage(listUnansweredQuestions(actor, { cursor, limit: 50 }));
  const t = await getTranslations("assistant.admin");
  const roles = await getTranslations("roles");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {page.items.length === 0 ? (
        <Typography color="text.secondary">{t("empty")}</Typography>
      ) : (
        <TableContainer sx={{ maxWidth: 1100 }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t("question")}</TableCell>
                <TableCell>{t("role")}</TableCell>
                <TableCell>{t("locale")}</TableCell>
                <TableCell>{t("askedAt")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {page.items.map((row) => (
                <TableRow key={row.id}>
                  <TableCell sx={{ overflowWrap: "anywhere" }}>{row.question}</TableCell>
                  <TableCell>{roles(row.role)}</TableCell>
                  <TableCell>{row.locale}</TableCell>
                  <TableCell>{format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "short" })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {page.nextCursor && (
        <LinkButton href={`/admin/assistant?cursor=${encodeURIComponent(page.nextCursor)}`} sx={{ mt: 2 }}>
          {t("more")}
        </LinkButton>
      )}
    </>
  );
}

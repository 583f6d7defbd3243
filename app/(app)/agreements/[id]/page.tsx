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
import { SignAgreementForm, SubmitAgreementButton } from "@/components/agreements/agreement-actions";
import { AgreementContent } from "@/components/agreements/agreement-content";
import { AgreementEditForm } from "@/components/agreements/agreement-edit-form";
import { AgreementPdfLink } from "@/components/agreements/agreement-pdf-link";
import { PaperSignatureCard } from "@/components/agreements/paper-signature-card";
import { AmendmentsSection } from "@/components/agreements/amendments-section";
import { PageHeader } from "@/components/ui/page-header";
import { getAgreement, getAgreementHistory } from "@/lib/agreements/get-agreement";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements.page"))("title") };
}

const show = (value: unknown) => (value === null || value === undefined ? "—" : String(value));

export default async function AgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor();
  const [agreement, history, t] = await Promise.all([
    forPage(getAgreement(actor, id)),
    forPage(getAgreementHistory(actor, id)),
    getTranslations("agreements.page"),
  ]);
  const changes = history.filter((h) => h.field);
  return (
    <>
      <PageHeader title={t("title")} lead={`${agreement.student.name} — ${agreement.enterprise.name}`} />
      <Stack spacing={3} sx={{ maxWidth: 900 }}>
        <Card>
          <CardContent>
            <AgreementContent agreement={agreement} signedLinks />
            <AgreementPdfLink id={agreement.id} />
          </CardContent>
        </Card>
        <PaperSignatureCard actor={actor} agreement={agreement} />
        {agreement.waitingFor?.lastRemindedAt && (
          <Typography>
            {t("lastReminder", { date: agreement.waitingFor.lastRemindedAt.toISOString().slice(0, 10) })}
          </Typography>
        )}
        <AmendmentsSection agreement={agreement} actor={actor} />
        {agreement.yourTurn && (
          <Card>
            <CardContent>
              <SignAgreementForm id={agreement.id} documentSha256={agreement.contentSha256} />
            </CardContent>
          </Card>
        )}
        {agreement.canEdit && (
          <Card>
            <CardContent>
              <Typography variant="h2" gutterBottom>
                {t("edit")}
              </Typography>
              <AgreementEditForm key={String(agreement.status)} agreement={agreement} />
              {agreement.status === "DRAFT" && (
                <Stack sx={{ mt: 3 }}>
                  <SubmitAgreementButton id={agreement.id} />
                </Stack>
              )}
            </CardContent>
          </Card>
        )}
        {changes.length > 0 && (
          <Card>
            <CardContent>
              <Typography variant="h2" gutterBottom>
                {t("history")}
              </Typography>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{t("historyWhen")}</TableCell>
                    <TableCell>{t("historyWho")}</TableCell>
                    <TableCell>{t("historyField")}</TableCell>
                    <TableCell>{t("historyBefore")}</TableCell>
                    <TableCell>{t("historyAfter")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {changes.map((change, index) => (
                    <TableRow key={index}>
                      <TableCell>{change.at.toISOString().slice(0, 16).replace("T", " ")}</TableCell>
                      <TableCell>{show(change.by)}</TableCell>
                      <TableCell>
                        {t.has(`fields.${change.field}`) ? t(`fields.${change.field}`) : change.field}
                      </TableCell>
                      <TableCell>{show(change.before)}</TableCell>
                      <TableCell>{show(change.after)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        )}
      </Stack>
    </>
  );
}

import Alert from "@mui/material/Alert";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { VerificationDecision } from "@/components/enterprises/verification-decision";
import { DocumentLinks } from "@/components/enterprises/document-links";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listVerificationQueue } from "@/lib/enterprises/list-verification-queue";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.verifications"))("title") };
}

export default async function VerificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string; decided?: string }>;
}) {
  const actor = await pageActor("SYSTEM_ADMIN");
  const { cursor, decided } = await searchParams;
  const [queue, recent] = await Promise.all([
    forPage(listVerificationQueue(actor, { cursor, limit: 20 })),
    forPage(listVerificationQueue(actor, { status: "DECIDED", limit: 20 })),
  ]);
  const t = await getTranslations("admin.verifications");
  const enums = await getTranslations("enums.verificationStatus");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const justDecided = recent.items.find((item) => item.id === decided);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Stack spacing={3} sx={{ maxWidth: 960 }}>
        {justDecided && (
          <Alert severity="success" role="status">
            {t(justDecided.status === "VERIFIED" ? "doneVerified" : "doneRejected", {
              name: justDecided.enterprise.name,
            })}
          </Alert>
        )}
        <Typography variant="h2">{t("pending")}</Typography>
        {queue.items.length === 0 && <Typography color="text.secondary">{t("pendingEmpty")}</Typography>}
        {queue.items.map((item) => (
          <Card key={item.id} component="section" aria-labelledby={`request-${item.id}`}>
            <CardContent>
              <Stack spacing={2}>
                <Typography id={`request-${item.id}`} variant="h3">
                  {item.enterprise.name}
                </Typography>
                <Typography color="text.secondary">{t("requestedAt", { date: day(item.createdAt) })}</Typography>
                <Typography>{t("number", { number: item.registrationNumber })}</Typography>
                {item.enterprise.sector && <Typography>{t("sector", { sector: item.enterprise.sector })}</Typography>}
                {item.enterprise.website && (
                  <Typography>
                    {t("website")}{" "}
                    <Link href={item.enterprise.website} target="_blank" rel="noopener noreferrer">
                      {item.enterprise.website}
                    </Link>
                  </Typography>
                )}
                <div>
                  <Typography variant="h4" component="h4" sx={{ fontSize: "1rem", fontWeight: 600 }}>
                    {t("documents")}
                  </Typography>
                  {item.documents.length === 0 ? (
                    <Typography color="text.secondary">{t("noDocuments")}</Typography>
                  ) : (
                    <DocumentLinks documents={item.documents} />
                  )}
                </div>
                <VerificationDecision enterpriseId={item.enterprise.id} />
              </Stack>
            </CardContent>
          </Card>
        ))}
        {queue.nextCursor && (
          <LinkButton href={`?cursor=${queue.nextCursor}`} sx={{ alignSelf: "flex-start" }}>
            {t("more")}
          </LinkButton>
        )}
        <Typography variant="h2">{t("decided")}</Typography>
        {recent.items.length === 0 ? (
          <Typography color="text.secondary">{t("decidedEmpty")}</Typography>
        ) : (
          <Card sx={{ overflowX: "auto" }}>
            <Table size="small" aria-label={t("decided")}>
              <TableHead>
                <TableRow>
                  <TableCell>{t("enterprise")}</TableCell>
                  <TableCell>{t("status")}</TableCell>
                  <TableCell>{t("date")}</TableCell>
                  <TableCell>{t("reasonColumn")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {recent.items.map((item) => (
                  <TableRow key={item.id}>
                    <TableCell>
                      <Link href={`/enterprises/${item.enterprise.slug}`}>{item.enterprise.name}</Link>
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        label={enums(item.status)}
                        color={item.status === "VERIFIED" ? "success" : "error"}
                      />
                    </TableCell>
                    <TableCell>{item.decidedAt ? day(item.decidedAt) : "—"}</TableCell>
                    <TableCell>{item.reason ?? "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
        )}
      </Stack>
    </>
  );
}

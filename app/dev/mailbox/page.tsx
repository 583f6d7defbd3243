import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Linkified } from "@/components/ui/linkified";
import { AppError } from "@/lib/core/errors";
import { sessionActor } from "@/lib/identity/current-actor";
import { listCapturedEmails } from "@/lib/notifications/list-captured-emails";

export const metadata: Metadata = { title: "Mailbox", robots: { index: false } };

export default async function MailboxPage() {
  const t = await getTranslations("mailbox");
  const format = await getFormatter();
  const emails = await listCapturedEmails(await sessionActor()).catch((error) => {
    if (error instanceof AppError) return null;
    throw error;
  });
  return (
    <Box component="main" id="main" sx={{ maxWidth: 860, mx: "auto", p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" gutterBottom>
        {t("title")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t("lead")}
      </Typography>
      {emails === null && <Alert severity="info">{t("disabled")}</Alert>}
      {emails?.length === 0 && <Alert severity="info">{t("empty")}</Alert>}
      <Stack spacing={2}>
        {emails?.map((email) => (
          <Card key={email.id} component="article" data-testid="captured-email">
            <CardContent>
              <Typography variant="h3" component="h2">
                {email.subject}
              </Typography>
              <Typography variant="body2" component="div" color="text.secondary" sx={{ mb: 1 }}>
                {t("to")}: <span data-testid="email-to">{email.to}</span> ·{" "}
                {format.dateTime(email.createdAt, { dateStyle: "medium", timeStyle: "short" })}{" "}
                <Chip size="small" label={email.status} />
              </Typography>
              <Typography component="div" sx={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                <Linkified text={email.text} />
              </Typography>
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
}

import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/core/errors";
import { listEmailPreviews } from "@/lib/notifications/email-previews";

export const metadata: Metadata = { title: "E-mail previews", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Every e-mail template, HTML and plain text, in each language (not in production). */
export default async function EmailPreviewsPage() {
  const previews = await listEmailPreviews().catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const t = await getTranslations("notifications.previews");
  return (
    <Box component="main" id="main" sx={{ maxWidth: 960, mx: "auto", p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" gutterBottom>
        {t("title")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t("lead")}
      </Typography>
      <Stack spacing={3}>
        {previews.map((preview) => (
          <Card key={preview.id} component="article" id={preview.id} data-testid="email-preview">
            <CardContent>
              <Typography variant="h3" component="h2" gutterBottom>
                {preview.subject}{" "}
                <Typography component="span" color="text.secondary">
                  ({preview.locale})
                </Typography>
              </Typography>
              <Box
                component="iframe"
                title={`${preview.subject} (${preview.locale})`}
                srcDoc={preview.html}
                sandbox=""
                sx={{ width: "100%", height: 420, border: 1, borderColor: "divider", borderRadius: 1 }}
              />
              <Typography component="pre" variant="body2" sx={{ whiteSpace: "pre-wrap", mt: 2 }}>
                {preview.text}
              </Typography>
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
}

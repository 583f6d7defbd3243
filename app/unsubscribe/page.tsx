import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/core/errors";
import { describeUnsubscribeLink } from "@/lib/notifications/unsubscribe-by-token";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.unsubscribe"))("title"), robots: { index: false } };
}

/**
 * The page an e-mail's unsubscribe link opens, signed in or not. Opening it changes nothing (mail
 * scanners follow links): its button posts to the one-click endpoint, which comes back here.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; done?: string }>;
}) {
  const { token, done } = await searchParams;
  const t = await getTranslations("notifications");
  const link = await describeUnsubscribeLink(typeof token === "string" ? token : undefined).catch((error) => {
    if (error instanceof AppError) return null;
    throw error;
  });
  const kind = link ? t(`kinds.${link.kind}.label`) : "";
  return (
    <Box component="main" id="main" sx={{ maxWidth: 640, mx: "auto", p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" gutterBottom>
        {t("unsubscribe.title")}
      </Typography>
      {!link && <Alert severity="error">{t("unsubscribe.invalid")}</Alert>}
      {link && done && <Alert severity="success">{t("unsubscribe.done", { kind })}</Alert>}
      {link && !done && link.off && <Alert severity="info">{t("unsubscribe.already", { kind })}</Alert>}
      {link && !done && !link.off && (
        <form method="post" action={`/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token as string)}`}>
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <Typography sx={{ mb: 2 }}>{t("unsubscribe.lead", { kind })}</Typography>
          <Button type="submit" variant="contained">
            {t("unsubscribe.confirm")}
          </Button>
        </form>
      )}
      <Link href="/notifications/preferences" sx={{ display: "inline-block", mt: 3 }}>
        {t("unsubscribe.settings")}
      </Link>
    </Box>
  );
}

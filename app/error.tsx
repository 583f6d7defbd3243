"use client";
import Button from "@mui/material/Button";
import NextLink from "next/link";
import { useTranslations } from "next-intl";
import { MessagePage } from "@/components/ui/message-page";

/** Unexpected errors: the server logged them with this digest; the user gets it as a reference. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <MessagePage code="500" title={t("error.title")} lead={`${t("error.lead")} ${error.digest ?? "—"}`}>
      <Button variant="contained" onClick={reset}>
        {t("error.retry")}
      </Button>
      <Button component={NextLink} href="/">
        {t("notFound.home")}
      </Button>
    </MessagePage>
  );
}

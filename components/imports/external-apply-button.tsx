"use client";
import OpenInNewIcon from "@mui/icons-material/OpenInNew";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { recordExternalApplicationAction } from "@/app/(site)/offers/[id]/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/**
 * "Apply" on an imported offer: a plain link to the original posting (opened by the browser itself,
 * so no pop-up blocker stands in the way) that also records, for a signed-in student, that they
 * applied there.
 */
export function ExternalApplyButton({
  offerId,
  url,
  student,
  size = "large",
}: {
  offerId: string;
  url: string;
  student: boolean;
  size?: "small" | "medium" | "large";
}) {
  const t = useTranslations("imports.apply");
  const { execute, outcome } = useAction(recordExternalApplicationAction, { success: t("recorded") });
  const site = new URL(url).hostname.replace(/^www\./, "");
  return (
    <>
      <Button
        component="a"
        href={url}
        target="_blank"
        rel="noopener noreferrer external"
        variant="contained"
        size={size}
        endIcon={<OpenInNewIcon />}
        onClick={() => {
          if (student) void execute(offerId);
        }}
      >
        {t("external", { site })}
      </Button>
      <Typography variant="body2" color="text.secondary">
        {t("externalHint")}
      </Typography>
      <ActionOutcome outcome={outcome} />
    </>
  );
}

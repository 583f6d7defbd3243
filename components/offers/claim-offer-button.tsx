"use client";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { claimImportedOfferAction } from "@/app/(site)/offers/[id]/claim-actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/** « Revendiquer cette offre »: the refusal's reason (another enterprise's name…) is shown under it. */
export function ClaimOfferButton({ offerId }: { offerId: string }) {
  const t = useTranslations("offers.detail");
  const { execute, pending, outcome } = useAction(claimImportedOfferAction, { success: t("claimed") });
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {t("claimHint")}
      </Typography>
      <Button variant="outlined" disabled={pending} aria-busy={pending} onClick={() => void execute(offerId)}>
        {t("claim")}
      </Button>
      <ActionOutcome outcome={outcome} />
    </>
  );
}

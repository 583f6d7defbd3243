"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { renewAmendmentLink, renewLink } from "@/app/sign/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/** One click on an expired link's page (an agreement's or an amendment's): a new link goes to the same address. */
export function RenewSigningLink({ code, amendment = false }: { code: string; amendment?: boolean }) {
  const t = useTranslations("agreements.sign");
  const { execute, pending, outcome } = useAction(amendment ? renewAmendmentLink : renewLink, {
    success: t("renewed"),
    refresh: false,
  });
  return (
    <Stack spacing={1} sx={{ alignItems: "flex-start" }}>
      <ActionOutcome outcome={outcome} />
      <Button variant="contained" disabled={pending || outcome?.ok} onClick={() => execute({ code })}>
        {t("renew")}
      </Button>
    </Stack>
  );
}

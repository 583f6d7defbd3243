"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { cancelInvitationAction, resendInvitationAction } from "@/app/(app)/university/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";

/** Resend (a new link, the old one stops working) or cancel, after confirming, one pending invitation. */
export function InvitationActions({
  universityId,
  invitation,
}: {
  universityId: string;
  invitation: { id: string; email: string };
}) {
  const t = useTranslations("universities.supervisors");
  const [confirming, setConfirming] = useState(false);
  const { email } = invitation;
  const input = { universityId, invitationId: invitation.id };
  const resend = useAction(resendInvitationAction, { success: t("resent", { email }) });
  const cancel = useAction(cancelInvitationAction, { success: t("cancelled", { email }) });
  const pending = resend.pending || cancel.pending;
  return (
    <Stack spacing={1} sx={{ alignItems: { sm: "flex-end" } }}>
      <Stack direction="row" spacing={1}>
        <Button
          size="small"
          variant="outlined"
          aria-label={t("resendLabel", { email })}
          disabled={pending}
          onClick={() => void resend.execute(input)}
        >
          {t("resend")}
        </Button>
        <Button
          size="small"
          color="error"
          aria-label={t("cancelLabel", { email })}
          disabled={pending}
          onClick={() => setConfirming(true)}
        >
          {t("cancel")}
        </Button>
      </Stack>
      <ActionOutcome outcome={resend.outcome ?? cancel.outcome} />
      <ConfirmDialog
        open={confirming}
        title={t("cancelTitle", { email })}
        body={t("cancelBody")}
        confirmLabel={t("cancelConfirm")}
        color="error"
        pending={cancel.pending}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void cancel.execute(input);
        }}
      />
    </Stack>
  );
}

"use client";
import MoreVert from "@mui/icons-material/MoreVert";
import IconButton from "@mui/material/IconButton";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { disableUser, enableUser, resendConfirmation } from "@/app/(app)/admin/users/actions";
import { ActionSnackbar } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";

type Props = {
  user: { id: string; name: string; email: string };
  state: "active" | "disabled" | "unconfirmed";
  /** The admin's own row: never offered "Disable". */
  self: boolean;
};

/** A system admin's actions on one account: disable (after confirming), enable again, resend the confirmation e-mail. */
export function UserAdminActions({ user, state, self }: Props) {
  const t = useTranslations("admin.users.actions");
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [confirming, setConfirming] = useState(false);
  const disable = useAction(disableUser, { success: t("disabled", { name: user.name }) });
  const enable = useAction(enableUser, { success: t("enabled", { name: user.name }) });
  const resend = useAction(resendConfirmation, { success: t("resent", { email: user.email }), refresh: false });
  const [dismissed, setDismissed] = useState<unknown>();
  const outcome = [disable.outcome, enable.outcome, resend.outcome].find((o) => o && o !== dismissed);
  const pending = disable.pending || enable.pending || resend.pending;
  const choose = (run: () => void) => () => {
    setAnchor(null);
    run();
  };
  const items = [
    state !== "disabled" && !self && (
      <MenuItem key="disable" onClick={choose(() => setConfirming(true))}>
        {t("disable")}
      </MenuItem>
    ),
    state === "disabled" && (
      <MenuItem key="enable" onClick={choose(() => void enable.execute(user.id))}>
        {t("enable")}
      </MenuItem>
    ),
    state === "unconfirmed" && (
      <MenuItem key="resend" onClick={choose(() => void resend.execute(user.id))}>
        {t("resend")}
      </MenuItem>
    ),
  ].filter(Boolean);
  if (items.length === 0) return null;
  return (
    <>
      <IconButton
        aria-label={t("menu", { name: user.name })}
        aria-haspopup="menu"
        disabled={pending}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreVert />
      </IconButton>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {items}
      </Menu>
      <ConfirmDialog
        open={confirming}
        title={t("confirmTitle", { name: user.name })}
        body={t("confirmBody")}
        confirmLabel={t("disable")}
        color="error"
        pending={disable.pending}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void disable.execute(user.id);
        }}
      />
      <ActionSnackbar outcome={outcome} onClose={() => setDismissed(outcome)} />
    </>
  );
}

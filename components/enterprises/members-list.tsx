"use client";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { remove } from "@/app/(app)/enterprise/actions";
import { useActionErrors, useFieldMessage } from "@/components/ui/form-errors";

export type MemberRow = { id: string; name: string; email: string; role: string; isMe: boolean };

/** The team, each member with their role; admins may remove a member after confirming. */
export function MembersList({ members, canManage }: { members: MemberRow[]; canManage: boolean }) {
  const t = useTranslations("enterprises.members");
  const roles = useTranslations("enums.memberRole");
  const fieldMessage = useFieldMessage();
  const toMessage = useActionErrors(() => {});
  const router = useRouter();
  const [pending, setPending] = useState<MemberRow>();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    const result = await remove({ memberId: pending.id });
    setBusy(false);
    const code = result.ok ? undefined : result.error.fieldErrors?.memberId;
    setOutcome(result.ok ? { ok: true, message: t("removed", { name: pending.name }) } : { ok: false, message: code ? fieldMessage(code)! : toMessage(result.error) });
    setPending(undefined);
    if (result.ok) router.refresh();
  };

  return (
    <>
      {outcome && <Alert severity={outcome.ok ? "success" : "error"}>{outcome.message}</Alert>}
      <List aria-label={t("title")}>
        {members.map((member) => (
          <ListItem
            key={member.id}
            divider
            secondaryAction={
              canManage && (
                <Button color="error" onClick={() => setPending(member)} aria-label={t("removeLabel", { name: member.name })}>
                  {t("remove")}
                </Button>
              )
            }
          >
            <ListItemText
              primary={
                <>
                  {member.name} {member.isMe && <Chip size="small" label={t("you")} sx={{ ml: 1 }} />}
                </>
              }
              secondary={`${roles(member.role)} · ${member.email}`}
            />
          </ListItem>
        ))}
      </List>
      <Dialog open={Boolean(pending)} onClose={() => setPending(undefined)} aria-labelledby="remove-member-title">
        <DialogTitle id="remove-member-title">{t("confirmTitle", { name: pending?.name ?? "" })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t("confirmBody")}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPending(undefined)}>{t("cancel")}</Button>
          <Button color="error" variant="contained" onClick={confirm} disabled={busy}>
            {t("confirm")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

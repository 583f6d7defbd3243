"use client";
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
import { useState } from "react";
import { remove } from "@/app/(app)/enterprise/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

export type MemberRow = { id: string; name: string; email: string; role: string; isMe: boolean };

/** The team, each member with their role; admins may remove a member after confirming. */
export function MembersList({ members, canManage }: { members: MemberRow[]; canManage: boolean }) {
  const t = useTranslations("enterprises.members");
  const roles = useTranslations("enums.memberRole");
  const [pending, setPending] = useState<MemberRow>();
  const {
    execute,
    pending: busy,
    outcome,
  } = useAction(remove, {
    success: () => t("removed", { name: pending?.name ?? "" }),
  });

  const confirm = async () => {
    if (!pending) return;
    await execute({ memberId: pending.id });
    setPending(undefined);
  };

  return (
    <>
      <ActionOutcome outcome={outcome} />
      <List aria-label={t("title")}>
        {members.map((member) => (
          <ListItem
            key={member.id}
            divider
            secondaryAction={
              canManage && (
                <Button
                  color="error"
                  onClick={() => setPending(member)}
                  aria-label={t("removeLabel", { name: member.name })}
                >
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

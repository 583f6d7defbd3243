"use client";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { remove } from "@/app/(app)/enterprise/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";

/** `removable`: the viewer manages the team and the member is not its last admin. */
export type MemberRow = { id: string; name: string; email: string; role: string; isMe: boolean; removable: boolean };

/** The team, each member with their role; admins may remove a member (never the last admin) after confirming. */
export function MembersList({ members }: { members: MemberRow[] }) {
  const t = useTranslations("enterprises.members");
  const roles = useTranslations("enums.memberRole");
  const [pending, setPending] = useState<MemberRow>();
  const [open, setOpen] = useState(false);
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
    setOpen(false);
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
              member.removable && (
                <Button
                  color="error"
                  onClick={() => {
                    setPending(member);
                    setOpen(true);
                  }}
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
      <ConfirmDialog
        open={open}
        title={t("confirmTitle", { name: pending?.name ?? "" })}
        body={t("confirmBody")}
        confirmLabel={t("confirm")}
        color="error"
        pending={busy}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

"use client";
import MoreVert from "@mui/icons-material/MoreVert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import IconButton from "@mui/material/IconButton";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { moveApplication } from "@/app/(app)/enterprise/applications/actions";
import { ActionSnackbar } from "@/components/ui/action-outcome";
import { useReasonText } from "@/components/ui/reason-text";
import { useAction } from "@/components/ui/use-action";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { RejectDialog } from "./reject-dialog";

type Move = { status: ApplicationStatus; confirmOverPositions?: boolean };

/**
 * The recruiter's moves on one application, as a row menu (the table) or as buttons (the
 * applicant page): declining opens the reason dialog, accepting beyond the positions asks first.
 */
export function MoveApplication({
  applicationId,
  name,
  allowed,
  variant,
}: {
  applicationId: string;
  name: string;
  allowed: ApplicationStatus[];
  variant: "menu" | "buttons";
}) {
  const t = useTranslations("applications");
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [overPositions, setOverPositions] = useState<string | null>(null);
  const [done, setDone] = useState<string>();
  const text = useReasonText();
  const menuId = useId();
  const confirmId = useId();
  const { execute, pending, outcome, reset } = useAction(
    (move: Move) => moveApplication({ id: applicationId, change: move }),
    { success: (data) => t("applicants.moved", { name, status: t(`status.${data.status}`) }) },
  );

  const run = async (move: Move) => {
    setAnchor(null);
    if (move.status === "REJECTED") return setRejecting(true);
    const result = await execute(move);
    if (!result.ok && result.error.reason.key === "overPositions") {
      // Not a failure to report: a question to ask.
      reset();
      setOverPositions(text.reason(result.error.reason));
    }
  };

  const moves = allowed.filter((status) => status !== "WITHDRAWN" && status !== "SUBMITTED");
  const feedback = done ? { ok: true as const, message: t("applicants.moved", { name, status: done }) } : outcome;

  return (
    <>
      {variant === "menu" ? (
        <>
          <IconButton
            aria-label={t("applicants.actionsFor", { name })}
            aria-controls={anchor ? menuId : undefined}
            aria-haspopup="true"
            disabled={pending || moves.length === 0}
            onClick={(event) => setAnchor(event.currentTarget)}
          >
            <MoreVert />
          </IconButton>
          <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
            {moves.map((status) => (
              <MenuItem key={status} onClick={() => void run({ status })}>
                {t(`move.${status}`)}
              </MenuItem>
            ))}
          </Menu>
        </>
      ) : (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
          {moves.map((status) => (
            <Button
              key={status}
              variant={status === "ACCEPTED" ? "contained" : "outlined"}
              color={status === "REJECTED" ? "error" : status === "ACCEPTED" ? "success" : "primary"}
              disabled={pending}
              onClick={() => void run({ status })}
            >
              {t(`move.${status}`)}
            </Button>
          ))}
        </Stack>
      )}
      <RejectDialog
        applicationId={applicationId}
        name={name}
        open={rejecting}
        onClose={() => setRejecting(false)}
        onDone={setDone}
      />
      <Dialog open={overPositions !== null} onClose={() => setOverPositions(null)} aria-labelledby={confirmId}>
        <DialogTitle id={confirmId}>{t("accept.overTitle")}</DialogTitle>
        <DialogContent>
          <DialogContentText>{overPositions}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOverPositions(null)}>{t("accept.cancel")}</Button>
          <Button
            variant="contained"
            color="success"
            onClick={() => {
              setOverPositions(null);
              void execute({ status: "ACCEPTED", confirmOverPositions: true });
            }}
          >
            {t("accept.confirm")}
          </Button>
        </DialogActions>
      </Dialog>
      <ActionSnackbar
        outcome={feedback}
        onClose={() => {
          reset();
          setDone(undefined);
        }}
      />
    </>
  );
}

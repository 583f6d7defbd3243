"use client";
import Alert from "@mui/material/Alert";
import Snackbar from "@mui/material/Snackbar";
import type { SxProps, Theme } from "@mui/material/styles";
import type { ReactNode } from "react";
import type { Outcome } from "./use-action";

/** What the last action said: a confirmation read politely, or a failure announced at once. */
export function ActionOutcome({
  outcome,
  children,
  sx,
}: {
  outcome: Outcome | undefined;
  children?: ReactNode;
  sx?: SxProps<Theme>;
}) {
  if (!outcome) return null;
  return (
    <Alert severity={outcome.ok ? "success" : "error"} role={outcome.ok ? "status" : "alert"} sx={sx}>
      {outcome.message}
      {children}
    </Alert>
  );
}

/** The same, for small controls with no room beside them: a snackbar that closes by itself. */
export function ActionSnackbar({
  outcome,
  onClose,
  action,
}: {
  outcome: Outcome | undefined;
  onClose: () => void;
  action?: ReactNode;
}) {
  return (
    <Snackbar
      open={Boolean(outcome)}
      autoHideDuration={6000}
      onClose={onClose}
      message={outcome?.message}
      action={action}
    />
  );
}

"use client";
import ContentCopy from "@mui/icons-material/ContentCopy";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { renewCalendarFeedAction, revokeCalendarFeedAction } from "@/app/(app)/profile/calendar-actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import type { CalendarFeedView } from "@/lib/calendar/calendar-feed-view";

/** The private subscription address, copied or opened in a calendar app, renewed or revoked. */
export function CalendarFeedSettings({ feed }: { feed: CalendarFeedView | null }) {
  const t = useTranslations("calendar.settings");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  const [confirm, setConfirm] = useState<"renew" | "revoke" | null>(null);
  const renew = useAction(renewCalendarFeedAction, {
    success: feed ? t("renewed") : t("created"),
    onSuccess: () => setConfirm(null),
  });
  const revoke = useAction(revokeCalendarFeedAction, { success: t("revoked"), onSuccess: () => setConfirm(null) });
  const pending = renew.pending || revoke.pending;

  const copy = async () => {
    if (!feed) return;
    await navigator.clipboard.writeText(feed.url);
    setCopied(true);
  };

  return (
    <Stack spacing={2} data-testid="calendar-feed">
      <ActionOutcome outcome={renew.outcome ?? revoke.outcome} />
      {feed ? (
        <>
          <TextField
            label={t("url")}
            value={feed.url}
            fullWidth
            slotProps={{ htmlInput: { readOnly: true, "data-testid": "calendar-feed-url" } }}
            helperText={t("renewedAt", { date: format.dateTime(feed.renewedAt, { dateStyle: "medium" }) })}
          />
          <Typography variant="body2" color="text.secondary">
            {t("secret")}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", rowGap: 1 }}>
            <Button variant="contained" startIcon={<ContentCopy />} onClick={() => void copy()}>
              {t("copy")}
            </Button>
            <Button variant="outlined" href={feed.webcalUrl}>
              {t("openWebcal")}
            </Button>
            <Button variant="outlined" disabled={pending} onClick={() => setConfirm("renew")}>
              {t("renew")}
            </Button>
            <Button color="error" disabled={pending} onClick={() => setConfirm("revoke")}>
              {t("revoke")}
            </Button>
          </Stack>
          {copied && (
            <Alert severity="success" role="status" onClose={() => setCopied(false)}>
              {t("copied")}
            </Alert>
          )}
          <Typography variant="h3" sx={{ fontSize: "1rem", fontWeight: 600 }}>
            {t("howTo")}
          </Typography>
          <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 3 }}>
            <li>{t("google")}</li>
            <li>{t("outlook")}</li>
            <li>{t("apple")}</li>
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {t("delay")}
          </Typography>
        </>
      ) : (
        <>
          <Typography>{t("none")}</Typography>
          <div>
            <Button variant="contained" disabled={pending} onClick={() => void renew.execute(null)}>
              {t("create")}
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={confirm === "revoke" ? t("revoke") : t("renew")}
        body={confirm === "revoke" ? t("revokeConfirm") : t("renewConfirm")}
        confirmLabel={confirm === "revoke" ? t("revoke") : t("renew")}
        color={confirm === "revoke" ? "error" : "primary"}
        pending={pending}
        onConfirm={() => void (confirm === "revoke" ? revoke.execute(null) : renew.execute(null))}
        onClose={() => setConfirm(null)}
      />
    </Stack>
  );
}

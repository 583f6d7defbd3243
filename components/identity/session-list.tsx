"use client";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Stack from "@mui/material/Stack";
import { useFormatter, useTranslations } from "next-intl";
import { endOwnSession } from "@/app/(app)/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

export type SessionRow = {
  id: string;
  kind: "browser" | "api";
  current: boolean;
  browser: string | null;
  os: string | null;
  ip: string | null;
  signedInAt: Date;
  lastSeenAt: Date;
};

/** The account's active sessions and devices, each of which can be ended. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const t = useTranslations("profile.sessions");
  const format = useFormatter();
  const end = useAction(endOwnSession, { success: t("ended") });
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <Stack spacing={1}>
      <ActionOutcome outcome={end.outcome} />
      <List disablePadding aria-label={t("title")}>
        {sessions.map((s) => (
          <ListItem
            key={s.id}
            divider
            data-testid="session"
            disableGutters
            secondaryAction={
              <Button size="small" color="error" disabled={end.pending} onClick={() => void end.execute(s.id)}>
                {s.current ? t("signOutHere") : t("end")}
              </Button>
            }
            sx={{ pr: 14 }}
          >
            <ListItemText
              primary={
                <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
                  <span>{[s.browser ?? t("unknownBrowser"), s.os].filter(Boolean).join(" · ")}</span>
                  {s.current && <Chip size="small" color="primary" label={t("current")} />}
                  {s.kind === "api" && <Chip size="small" label={t("api")} />}
                </Stack>
              }
              secondary={t("details", {
                signedIn: when(s.signedInAt),
                lastSeen: when(s.lastSeenAt),
                ip: s.ip ?? "?",
              })}
            />
          </ListItem>
        ))}
      </List>
    </Stack>
  );
}

"use client";
import Alert from "@mui/material/Alert";
import CircularProgress from "@mui/material/CircularProgress";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

type Summary = { id: string; title: string; updatedAt: string; messages: number };
export type PastConversation = {
  id: string;
  messages: {
    author: "you" | "assistant";
    text: string;
    citations: { kind: string; id: string; title: string; url: string }[];
    search?: unknown;
    actions?: { kind: string; label: string; url: string }[];
  }[];
};

async function readJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The caller's past conversations (GET /assistant/conversations); choosing one loads its turns. */
export function ConversationHistory({ onOpen }: { onOpen: (conversation: PastConversation) => void }) {
  const t = useTranslations("assistant");
  const format = useFormatter();
  const [opening, setOpening] = useState<string>();
  const [failed, setFailed] = useState(false);
  const list = useQuery({
    queryKey: ["assistant", "conversations"],
    queryFn: ({ signal }) => readJson<{ items: Summary[] }>("/api/v1/assistant/conversations", signal),
    refetchOnMount: "always",
    retry: false,
  });

  const open = async (id: string) => {
    setOpening(id);
    setFailed(false);
    try {
      onOpen(await readJson<PastConversation>(`/api/v1/assistant/conversations/${encodeURIComponent(id)}`));
    } catch {
      setFailed(true);
    } finally {
      setOpening(undefined);
    }
  };

  if (list.isPending) return <CircularProgress size={24} aria-label={t("history")} />;
  if (list.isError || failed) return <Alert severity="error">{t("historyFailed")}</Alert>;
  if (list.data.items.length === 0)
    return (
      <Typography color="text.secondary" variant="body2">
        {t("noHistory")}
      </Typography>
    );
  return (
    <List dense aria-label={t("history")} disablePadding>
      {list.data.items.map((item) => (
        <ListItemButton key={item.id} onClick={() => void open(item.id)} disabled={Boolean(opening)} divider>
          <ListItemText
            primary={item.title}
            secondary={`${format.dateTime(new Date(item.updatedAt), { dateStyle: "medium", timeStyle: "short" })} · ${t("messageCount", { count: item.messages })}`}
            slotProps={{ primary: { sx: { overflowWrap: "anywhere" } } }}
          />
        </ListItemButton>
      ))}
    </List>
  );
}

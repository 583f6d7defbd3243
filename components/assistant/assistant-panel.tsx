"use client";
import AddCommentOutlined from "@mui/icons-material/AddCommentOutlined";
import ArrowBack from "@mui/icons-material/ArrowBack";
import Close from "@mui/icons-material/Close";
import DeleteOutline from "@mui/icons-material/DeleteOutlineOutlined";
import History from "@mui/icons-material/History";
import SmartToyOutlined from "@mui/icons-material/SmartToyOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Drawer from "@mui/material/Drawer";
import IconButton from "@mui/material/IconButton";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { askAssistant, deleteAssistantConversation } from "@/app/(app)/assistant/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import { MESSAGE_MAX } from "@/lib/assistant/schemas";
import { AssistantSearchChips, type ProposedSearchView } from "./assistant-search-chips";
import { ConversationHistory, type PastConversation } from "./conversation-history";

type Turn = {
  id: number;
  author: "you" | "assistant";
  text: string;
  citations?: { kind: string; id: string; title: string; url: string }[];
  search?: ProposedSearchView;
  actions?: { kind: string; label: string; url: string }[];
};

/** The app bar's assistant button and its chat drawer, on every signed-in page (the shell keeps it across pages). */
export function AssistantPanel({ role }: { role: string }) {
  const t = useTranslations("assistant");
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");
  const [turns, setTurns] = useState<Turn[]>([]);
  const [conversationId, setConversationId] = useState<string>();
  const [showHistory, setShowHistory] = useState(false);
  const counter = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const end = useRef<HTMLDivElement>(null);
  const ask = useAction(askAssistant, { refresh: false });
  const remove = useAction(deleteAssistantConversation, { refresh: false, success: t("deleted") });

  // A block body: Chromium's scrollIntoView now returns a promise, which React would take for a cleanup.
  useEffect(() => {
    void end.current?.scrollIntoView({ block: "end" });
  }, [turns]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = message.trim();
    if (!text) return;
    const result = await ask.execute({ conversationId, message: text });
    if (!result.ok) return;
    const data = result.data;
    setConversationId(data.conversationId);
    setMessage("");
    setTurns((previous) => [
      ...previous,
      { id: ++counter.current, author: "you", text },
      {
        id: ++counter.current,
        author: "assistant",
        text: data.answer,
        citations: data.citations,
        search: data.search as ProposedSearchView | undefined,
        actions: data.actions,
      },
    ]);
    input.current?.focus();
  };

  const startOver = () => {
    setTurns([]);
    setConversationId(undefined);
    setShowHistory(false);
    input.current?.focus();
  };

  const reopen = (conversation: PastConversation) => {
    setConversationId(conversation.id);
    setTurns(
      conversation.messages.map((message) => ({
        ...message,
        id: ++counter.current,
        search: message.search as ProposedSearchView | undefined,
      })),
    );
    setShowHistory(false);
    input.current?.focus();
  };

  const forget = async () => {
    if (!conversationId) return;
    const result = await remove.execute(conversationId);
    if (result.ok) {
      setTurns([]);
      setConversationId(undefined);
    }
  };

  const intro = role === "ENTERPRISE" ? "introEnterprise" : role.startsWith("UNIVERSITY") ? "introUniversity" : "intro";
  return (
    <>
      <Tooltip title={t("open")}>
        <IconButton color="inherit" aria-label={t("open")} aria-haspopup="dialog" onClick={() => setOpen(true)}>
          <SmartToyOutlined />
        </IconButton>
      </Tooltip>
      <Drawer
        anchor="right"
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{
          paper: {
            sx: { width: { xs: "100%", sm: 420 }, display: "flex" },
            "aria-labelledby": "assistant-title",
          } as never,
          transition: { onEntered: () => input.current?.focus() } as never,
        }}
      >
        <Stack direction="row" sx={{ alignItems: "center", px: 2, py: 1, borderBottom: 1, borderColor: "divider" }}>
          <Typography id="assistant-title" variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {t("title")}
          </Typography>
          <Tooltip title={showHistory ? t("backToChat") : t("history")}>
            <IconButton
              aria-label={showHistory ? t("backToChat") : t("history")}
              aria-pressed={showHistory}
              onClick={() => setShowHistory((shown) => !shown)}
            >
              {showHistory ? (
                <ArrowBack sx={{ transform: (theme) => (theme.direction === "rtl" ? "scaleX(-1)" : undefined) }} />
              ) : (
                <History />
              )}
            </IconButton>
          </Tooltip>
          {conversationId && (
            <Tooltip title={t("newConversation")}>
              <IconButton aria-label={t("newConversation")} onClick={startOver}>
                <AddCommentOutlined />
              </IconButton>
            </Tooltip>
          )}
          {conversationId && (
            <Tooltip title={t("deleteConversation")}>
              <IconButton aria-label={t("deleteConversation")} onClick={forget} disabled={remove.pending}>
                <DeleteOutline />
              </IconButton>
            </Tooltip>
          )}
          <IconButton aria-label={t("close")} onClick={() => setOpen(false)}>
            <Close />
          </IconButton>
        </Stack>
        <Box
          role="log"
          aria-live="polite"
          aria-labelledby="assistant-title"
          sx={{ flexGrow: 1, overflowY: "auto", p: 2 }}
        >
          <ActionOutcome outcome={remove.outcome} sx={{ mb: 1 }} />
          {showHistory && <ConversationHistory onOpen={reopen} />}
          {!showHistory && turns.length === 0 && (
            <Typography color="text.secondary" variant="body2">
              {t(intro)}
            </Typography>
          )}
          <Stack spacing={1.5} sx={{ display: showHistory ? "none" : undefined }}>
            {turns.map((turn) => (
              <Paper
                key={turn.id}
                variant="outlined"
                sx={{
                  p: 1.5,
                  alignSelf: turn.author === "you" ? "flex-end" : "flex-start",
                  maxWidth: "92%",
                  bgcolor: turn.author === "you" ? "action.hover" : "background.paper",
                }}
              >
                <Typography variant="caption" color="text.secondary" component="p">
                  {t(turn.author)}
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>
                  {turn.text}
                </Typography>
                {turn.citations && turn.citations.length > 0 && (
                  <Box component="nav" aria-label={t("sources")} sx={{ mt: 1 }}>
                    <Typography variant="caption" color="text.secondary" component="p">
                      {t("sources")}
                    </Typography>
                    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                      {turn.citations.map((c) => (
                        <li key={`${c.kind}:${c.id}`}>
                          <Link component={NextLink} href={c.url} variant="body2" onClick={() => setOpen(false)}>
                            {c.title}
                          </Link>
                        </li>
                      ))}
                    </Box>
                  </Box>
                )}
                {turn.search && <AssistantSearchChips search={turn.search} />}
                {turn.actions && turn.actions.filter((a) => a.kind !== "openSearch").length > 0 && (
                  <Stack direction="row" sx={{ flexWrap: "wrap", gap: 1, mt: 1 }}>
                    {turn.actions
                      .filter((a) => a.kind !== "openSearch")
                      .map((a) => (
                        <Button
                          key={`${a.kind}:${a.url}`}
                          component={NextLink}
                          href={a.url}
                          size="small"
                          variant="outlined"
                        >
                          {a.label}
                        </Button>
                      ))}
                  </Stack>
                )}
              </Paper>
            ))}
          </Stack>
          <div ref={end} />
        </Box>
        <Box component="form" onSubmit={submit} sx={{ p: 2, borderTop: 1, borderColor: "divider" }}>
          <ActionOutcome outcome={ask.outcome} sx={{ mb: 1 }} />
          <Stack direction="row" spacing={1} sx={{ alignItems: "flex-start" }}>
            <TextField
              inputRef={input}
              label={t("message")}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              size="small"
              fullWidth
              multiline
              maxRows={4}
              slotProps={{ htmlInput: { maxLength: MESSAGE_MAX } }}
              onKeyDown={(event) => {
                if (event.key === "Enter" && !event.shiftKey) void submit(event);
              }}
            />
            <Button type="submit" variant="contained" disabled={ask.pending || !message.trim()}>
              {t("send")}
            </Button>
          </Stack>
          {ask.pending && (
            <Typography variant="caption" color="text.secondary" role="status">
              {t("sending")}
            </Typography>
          )}
        </Box>
      </Drawer>
    </>
  );
}

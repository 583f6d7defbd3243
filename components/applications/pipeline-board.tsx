"use client";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useId, useState, type DragEvent, type KeyboardEvent } from "react";
import { moveApplication } from "@/app/(app)/enterprise/applications/actions";
import { ActionSnackbar } from "@/components/ui/action-outcome";
import { useReasonText } from "@/components/ui/reason-text";
import { useAction, type Outcome } from "@/components/ui/use-action";
import { visuallyHidden } from "@/components/ui/visually-hidden";
import { allowedMoves, STATUS_ORDER } from "@/lib/applications/transitions";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { PipelineCard, type PipelineItem } from "./pipeline-card";
import { RejectDialog } from "./reject-dialog";

const COLUMNS: ApplicationStatus[] = STATUS_ORDER.filter((status) => status !== "DRAFT");
/** The enterprise's moves: sending and withdrawing are the student's. */
const movesOf = (status: ApplicationStatus): ApplicationStatus[] =>
  allowedMoves(status, "enterprise").filter((to) => to !== "SUBMITTED" && to !== "WITHDRAWN");

type Move = { id: string; status: ApplicationStatus; confirmOverPositions?: boolean };

/**
 * The applicants of an offer as a board, a column per stage. A card moves by dragging it (only
 * the columns its workflow allows take the drop), by its menu, or by the keyboard (Space picks it
 * up, arrows choose the column, Space drops, Escape cancels); each move is announced. The board
 * shows the move at once and puts the card back, saying why, when the server refuses it.
 */
export function PipelineBoard({ items, canDecide }: { items: PipelineItem[]; canDecide: boolean }) {
  const t = useTranslations("applications");
  const text = useReasonText();
  const [source, setSource] = useState(items);
  const [cards, setCards] = useState(items);
  if (source !== items) {
    // The server's answer after a refresh wins over what the board guessed.
    setSource(items);
    setCards(items);
  }
  const [dragging, setDragging] = useState<PipelineItem | null>(null);
  const [hover, setHover] = useState<ApplicationStatus | null>(null);
  const [picked, setPicked] = useState<{ id: string; target: ApplicationStatus } | null>(null);
  const [rejecting, setRejecting] = useState<PipelineItem | null>(null);
  const [overPositions, setOverPositions] = useState<{ item: PipelineItem; message: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [notice, setNotice] = useState<Outcome>();
  const confirmId = useId();
  const { execute } = useAction((move: Move) =>
    moveApplication({
      id: move.id,
      change: { status: move.status, confirmOverPositions: move.confirmOverPositions },
    }),
  );
  const status = (s: ApplicationStatus) => t(`status.${s}`);
  const say = (message: string, ok = true) => {
    setAnnouncement(message);
    setNotice(ok ? { ok: true, message } : { ok: false, message, code: "CONFLICT" });
  };
  const place = (id: string, to: ApplicationStatus) =>
    setCards((current) => current.map((card) => (card.id === id ? { ...card, status: to } : card)));

  const refusal = (item: PipelineItem, to: ApplicationStatus) =>
    t("pipeline.refused", {
      name: item.student.name,
      reason: text.reason({ key: "transitionNotAllowed", values: { from: item.status, to } }),
      allowed: text.allowedMoves(movesOf(item.status)),
    });

  async function move(item: PipelineItem, to: ApplicationStatus, confirmOverPositions = false) {
    if (to === item.status) return;
    if (!movesOf(item.status).includes(to)) return say(refusal(item, to), false);
    if (to === "REJECTED") return setRejecting(item);
    place(item.id, to);
    const result = await execute({ id: item.id, status: to, confirmOverPositions });
    if (result.ok) return say(t("applicants.moved", { name: item.student.name, status: status(to) }));
    place(item.id, item.status);
    if (result.error.reason.key === "overPositions") {
      return setOverPositions({ item, message: text.reason(result.error.reason) });
    }
    say(
      t("pipeline.failed", {
        name: item.student.name,
        status: status(item.status),
        reason: text.reason(result.error.reason),
      }),
      false,
    );
  }

  const onDragStart = (item: PipelineItem) => (event: DragEvent<HTMLElement>) => {
    event.dataTransfer.setData("text/plain", item.id);
    event.dataTransfer.effectAllowed = "move";
    setDragging(item);
  };
  const onDragEnd = (item: PipelineItem) => (event: DragEvent<HTMLElement>) => {
    // Dropped where it may not go: say why rather than doing nothing.
    if (
      event.dataTransfer.dropEffect === "none" &&
      hover &&
      hover !== item.status &&
      !movesOf(item.status).includes(hover)
    ) {
      say(refusal(item, hover), false);
    }
    setDragging(null);
    setHover(null);
  };

  const onKeyDown = (item: PipelineItem) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return; // keys on the link or the menu button are theirs
    const name = item.student.name;
    const key = event.key;
    if (!picked || picked.id !== item.id) {
      if (key !== " " && key !== "Enter") return;
      event.preventDefault();
      setPicked({ id: item.id, target: item.status });
      return setAnnouncement(t("pipeline.picked", { name, status: status(item.status) }));
    }
    if (key === "ArrowRight" || key === "ArrowLeft") {
      event.preventDefault();
      const index = COLUMNS.indexOf(picked.target) + (key === "ArrowRight" ? 1 : -1);
      const target = COLUMNS[(index + COLUMNS.length) % COLUMNS.length]!;
      setPicked({ id: item.id, target });
      const allowed = target === item.status || movesOf(item.status).includes(target);
      return setAnnouncement(t(allowed ? "pipeline.over" : "pipeline.overForbidden", { name, status: status(target) }));
    }
    if (key === "Escape" || ((key === " " || key === "Enter") && picked.target === item.status)) {
      event.preventDefault();
      setPicked(null);
      return setAnnouncement(t("pipeline.cancelled", { name, status: status(item.status) }));
    }
    if (key === " " || key === "Enter") {
      event.preventDefault();
      setPicked(null);
      void move(item, picked.target);
    }
  };

  const target = dragging ?? (picked ? cards.find((card) => card.id === picked.id) : undefined);
  return (
    <>
      {canDecide && (
        <Typography id="pipeline-help" variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t("pipeline.help")}
        </Typography>
      )}
      <Box
        role="region"
        aria-label={t("pipeline.boardLabel")}
        sx={{
          display: "grid",
          gridAutoFlow: "column",
          gridAutoColumns: "minmax(220px, 1fr)",
          gap: 2,
          overflowX: "auto",
          pb: 2,
        }}
      >
        {COLUMNS.map((column) => {
          const inColumn = cards.filter((card) => card.status === column);
          const open = target ? target.status === column || movesOf(target.status).includes(column) : true;
          const highlighted = target && target.status !== column && open;
          const headingId = `pipeline-${column}`;
          return (
            <Paper
              key={column}
              component="section"
              aria-labelledby={headingId}
              data-testid={`pipeline-column-${column}`}
              variant="outlined"
              onDragEnter={() => setHover(column)}
              onDragOver={(event) => {
                if (dragging && open) {
                  event.preventDefault();
                  event.dataTransfer.dropEffect = "move";
                }
              }}
              onDrop={(event) => {
                event.preventDefault();
                if (dragging) void move(dragging, column);
                setDragging(null);
                setHover(null);
              }}
              sx={{
                p: 1.5,
                minHeight: 160,
                bgcolor: "action.hover",
                opacity: open ? 1 : 0.55,
                borderStyle: highlighted ? "dashed" : "solid",
                borderColor: highlighted || (picked && picked.target === column) ? "primary.main" : "divider",
                borderWidth: highlighted || (picked && picked.target === column) ? 2 : 1,
              }}
            >
              <Typography id={headingId} variant="h3" component="h2" sx={{ fontSize: "1rem", mb: 1 }}>
                {t("pipeline.column", { status: status(column), count: inColumn.length })}
              </Typography>
              {inColumn.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {t("pipeline.none")}
                </Typography>
              ) : (
                <Box component="ul" sx={{ m: 0, p: 0, display: "grid", gap: 1 }}>
                  {inColumn.map((card) => (
                    <PipelineCard
                      key={card.id}
                      item={card}
                      moves={canDecide ? movesOf(card.status) : []}
                      picked={picked?.id === card.id}
                      onMove={(to) => void move(card, to)}
                      onDragStart={onDragStart(card)}
                      onDragEnd={onDragEnd(card)}
                      onKeyDown={onKeyDown(card)}
                      onBlur={() => picked?.id === card.id && setPicked(null)}
                    />
                  ))}
                </Box>
              )}
            </Paper>
          );
        })}
      </Box>
      <Box role="status" aria-live="polite" aria-atomic="true" data-testid="pipeline-live" sx={visuallyHidden}>
        {announcement}
      </Box>
      {rejecting && (
        <RejectDialog
          applicationId={rejecting.id}
          name={rejecting.student.name}
          open
          onClose={() => setRejecting(null)}
          onDone={() => {
            place(rejecting.id, "REJECTED");
            say(t("applicants.moved", { name: rejecting.student.name, status: status("REJECTED") }));
          }}
        />
      )}
      <Dialog open={overPositions !== null} onClose={() => setOverPositions(null)} aria-labelledby={confirmId}>
        <DialogTitle id={confirmId}>{t("accept.overTitle")}</DialogTitle>
        <DialogContent>
          <DialogContentText>{overPositions?.message}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOverPositions(null)}>{t("accept.cancel")}</Button>
          <Button
            variant="contained"
            color="success"
            onClick={() => {
              const item = overPositions!.item;
              setOverPositions(null);
              void move(item, "ACCEPTED", true);
            }}
          >
            {t("accept.confirm")}
          </Button>
        </DialogActions>
      </Dialog>
      <ActionSnackbar outcome={notice} onClose={() => setNotice(undefined)} />
    </>
  );
}

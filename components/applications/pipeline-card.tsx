"use client";
import MoreVert from "@mui/icons-material/MoreVert";
import Chip from "@mui/material/Chip";
import IconButton from "@mui/material/IconButton";
import Link from "@mui/material/Link";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type DragEvent, type KeyboardEvent } from "react";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export type PipelineItem = {
  id: string;
  status: ApplicationStatus;
  matchScore: number | null;
  /** The evaluators' overall average (1–4), null when none or still hidden from this member; and how many scored. */
  scoreAverage: number | null;
  scorecards: number;
  submittedAt: string | null;
  student: { name: string; university: string | null; program: string | null };
};

/** One applicant on the board: who, from where, how they match, since when; dragged, or moved by its menu or the keyboard. */
export function PipelineCard({
  item,
  moves,
  picked,
  onMove,
  onDragStart,
  onDragEnd,
  onKeyDown,
  onBlur,
}: {
  item: PipelineItem;
  /** The stages the caller may move it to (none for tutors and decided applications). */
  moves: ApplicationStatus[];
  picked: boolean;
  onMove: (to: ApplicationStatus) => void;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: (event: DragEvent<HTMLElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onBlur: () => void;
}) {
  const t = useTranslations("applications");
  const format = useFormatter();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const { name, university, program } = item.student;
  const movable = moves.length > 0;
  return (
    <Paper
      component="li"
      variant="outlined"
      data-testid="pipeline-card"
      data-application={item.id}
      tabIndex={movable ? 0 : undefined}
      draggable={movable}
      aria-roledescription={movable ? t("pipeline.cardRole") : undefined}
      aria-label={name}
      aria-describedby={movable ? "pipeline-help" : undefined}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      sx={{
        listStyle: "none",
        p: 1.5,
        cursor: movable ? "grab" : "default",
        outline: picked ? 3 : 0,
        outlineColor: "primary.main",
        "&:focus-visible": { outline: 3, outlineColor: "primary.main" },
      }}
    >
      <Stack direction="row" spacing={1} sx={{ justifyContent: "space-between", alignItems: "flex-start" }}>
        <Typography sx={{ fontWeight: 600 }}>
          <Link href={`/enterprise/applications/${item.id}`} draggable={false}>
            {name}
          </Link>
        </Typography>
        {movable && (
          <>
            <IconButton
              size="small"
              aria-label={t("pipeline.moveTo", { name })}
              aria-controls={anchor ? menuId : undefined}
              aria-haspopup="true"
              onClick={(event) => setAnchor(event.currentTarget)}
              sx={{ mt: -0.5, mr: -0.5 }}
            >
              <MoreVert fontSize="small" />
            </IconButton>
            <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
              {moves.map((status) => (
                <MenuItem
                  key={status}
                  onClick={() => {
                    setAnchor(null);
                    onMove(status);
                  }}
                >
                  {t(`move.${status}`)}
                </MenuItem>
              ))}
            </Menu>
          </>
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {[program, university].filter(Boolean).join(" · ") || t("applicants.noSchool")}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: "wrap", alignItems: "center" }}>
        <Chip
          size="small"
          variant="outlined"
          label={item.matchScore === null ? t("pipeline.noScore") : t("pipeline.score", { score: item.matchScore })}
        />
        {item.scoreAverage !== null && (
          <Chip
            size="small"
            variant="outlined"
            color="primary"
            label={t("applicants.scorecardChip", {
              average: format.number(item.scoreAverage, { maximumFractionDigits: 1 }),
            })}
          />
        )}
        {item.submittedAt && (
          <Typography variant="caption" color="text.secondary">
            {t("pipeline.sentOn", { date: format.dateTime(new Date(item.submittedAt), { dateStyle: "medium" }) })}
          </Typography>
        )}
      </Stack>
    </Paper>
  );
}

"use client";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import Link from "@mui/material/Link";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TableSortLabel from "@mui/material/TableSortLabel";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { bulkMove } from "@/app/(app)/enterprise/offers/[id]/applicants/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useReasonText } from "@/components/ui/reason-text";
import { useAction, type Outcome } from "@/components/ui/use-action";
import type { ApplicantSort } from "@/lib/applications/schemas";
import { allowedMoves } from "@/lib/applications/transitions";
import { BulkRejectDialog, type BulkResult } from "./bulk-reject-dialog";
import { MoveApplication } from "./move-application";
import type { PipelineItem } from "./pipeline-card";
import { StatusChip } from "./status-chip";

/** What the bulk menu offers: the enterprise's forward moves (declining has its own dialog). */
const BULK_MOVES = ["UNDER_REVIEW", "SHORTLISTED", "INTERVIEW", "ACCEPTED"] as const;

type Sorting = { by: ApplicantSort; order: "asc" | "desc"; hrefs: Record<ApplicantSort, string> };

/** The applicants as a table: sortable columns (links, sorted by the server), a checkbox per row and bulk moves. */
export function ApplicantsTable({
  rows,
  canDecide,
  sorting,
}: {
  rows: PipelineItem[];
  canDecide: boolean;
  sorting: Sorting;
}) {
  const t = useTranslations("applications");
  const format = useFormatter();
  const text = useReasonText();
  const [selected, setSelected] = useState<string[]>([]);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [report, setReport] = useState<Outcome>();
  const menuId = useId();
  const nameOf = (id: string) => rows.find((row) => row.id === id)?.student.name ?? id;

  const describe = (result: BulkResult): Outcome => {
    const done = t("pipeline.bulkDone", { moved: result.moved.length });
    if (result.failed.length === 0) return { ok: true, message: done };
    const list = result.failed.map((f) =>
      t("pipeline.bulkItem", { name: nameOf(f.id), reason: text.reason(f.reason) }),
    );
    return {
      ok: false,
      code: "CONFLICT",
      message: `${done} ${t("pipeline.bulkNotMoved", { list: list.join(" ; ") })}`,
    };
  };
  const finish = (result: BulkResult) => {
    setReport(describe(result));
    setSelected([]);
  };
  const { execute, pending, outcome } = useAction(bulkMove, { onSuccess: finish });

  const all = rows.length > 0 && selected.length === rows.length;
  const toggle = (id: string) =>
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  const header = (column: ApplicantSort, label: string, align: "left" | "right" = "left") => (
    <TableCell align={align} sortDirection={sorting.by === column ? sorting.order : false}>
      <TableSortLabel
        active={sorting.by === column}
        direction={sorting.by === column ? sorting.order : column === "name" || column === "school" ? "asc" : "desc"}
        href={sorting.hrefs[column]}
        component="a"
        aria-label={t("pipeline.sortBy", { column: label })}
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );

  return (
    <>
      {canDecide && (
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: "wrap", alignItems: "center", mb: 1, minHeight: 40 }}
          data-testid="bulk-bar"
        >
          <Typography variant="body2" aria-live="polite">
            {t("pipeline.selected", { count: selected.length })}
          </Typography>
          <Button
            variant="outlined"
            size="small"
            disabled={selected.length === 0 || pending}
            aria-controls={anchor ? menuId : undefined}
            aria-haspopup="true"
            onClick={(event) => setAnchor(event.currentTarget)}
          >
            {t("pipeline.bulkMove")}
          </Button>
          <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
            {BULK_MOVES.map((status) => (
              <MenuItem
                key={status}
                onClick={() => {
                  setAnchor(null);
                  setReport(undefined);
                  void execute({ ids: selected, status });
                }}
              >
                {t(`status.${status}`)}
              </MenuItem>
            ))}
          </Menu>
          <Button
            variant="outlined"
            color="error"
            size="small"
            disabled={selected.length === 0 || pending}
            onClick={() => {
              setReport(undefined);
              setRejecting(true);
            }}
          >
            {t("pipeline.bulkReject")}
          </Button>
        </Stack>
      )}
      <ActionOutcome outcome={report ?? outcome} sx={{ mb: 2 }} />
      <TableContainer component={Paper}>
        {/* Wide enough to stay readable: on a phone the table scrolls sideways rather than squeezing every column. */}
        <Table aria-label={t("applicants.title")} sx={{ minWidth: 960 }}>
          <TableHead>
            <TableRow>
              {canDecide && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={all}
                    indeterminate={selected.length > 0 && !all}
                    onChange={() => setSelected(all ? [] : rows.map((row) => row.id))}
                    slotProps={{ input: { "aria-label": t("pipeline.selectAll") } }}
                  />
                </TableCell>
              )}
              {header("name", t("applicants.candidate"))}
              {header("school", t("applicants.school"))}
              {header("score", t("applicants.score"), "right")}
              <TableCell align="right">{t("applicants.scorecards")}</TableCell>
              {header("date", t("applicants.date"))}
              <TableCell>{t("applicants.statusCol")}</TableCell>
              {canDecide && <TableCell align="right">{t("applicants.actions")}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((a) => (
              <TableRow key={a.id} hover data-testid="applicant-row" selected={selected.includes(a.id)}>
                {canDecide && (
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={selected.includes(a.id)}
                      onChange={() => toggle(a.id)}
                      slotProps={{ input: { "aria-label": t("pipeline.selectOne", { name: a.student.name }) } }}
                    />
                  </TableCell>
                )}
                <TableCell sx={{ whiteSpace: "nowrap" }}>
                  <Link href={`/enterprise/applications/${a.id}`}>{a.student.name}</Link>
                </TableCell>
                <TableCell sx={{ minWidth: 180 }}>
                  {[a.student.program, a.student.university].filter(Boolean).join(" · ") || t("applicants.noSchool")}
                </TableCell>
                <TableCell align="right">{a.matchScore === null ? "—" : `${a.matchScore} %`}</TableCell>
                <TableCell align="right" data-testid="scorecard-average">
                  <ScorecardAverage average={a.scoreAverage} count={a.scorecards} />
                </TableCell>
                <TableCell>
                  {a.submittedAt && format.dateTime(new Date(a.submittedAt), { dateStyle: "medium" })}
                </TableCell>
                <TableCell>
                  <StatusChip status={a.status} />
                </TableCell>
                {canDecide && (
                  <TableCell align="right">
                    <MoveApplication
                      applicationId={a.id}
                      name={a.student.name}
                      allowed={allowedMoves(a.status, "enterprise")}
                      variant="menu"
                    />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <BulkRejectDialog
        ids={selected}
        previewName={selected[0] ? nameOf(selected[0]) : ""}
        open={rejecting}
        onClose={() => setRejecting(false)}
        onDone={finish}
      />
    </>
  );
}

/** The evaluators' average out of 4 and how many scored; "—" while there is none, or while this member has not sent theirs. */
function ScorecardAverage({ average, count }: { average: number | null; count: number }) {
  const t = useTranslations("applications.applicants");
  const format = useFormatter();
  return (
    <>
      {average === null
        ? "—"
        : t("scorecardAverage", { average: format.number(average, { maximumFractionDigits: 2 }) })}
      {count > 0 && (
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ display: "block" }}
          title={average === null ? t("scorecardHiddenHint") : undefined}
        >
          {average === null ? t("scorecardHidden", { count }) : t("scorecardCount", { count })}
        </Typography>
      )}
    </>
  );
}

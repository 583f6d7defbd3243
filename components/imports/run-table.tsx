import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportRunView, RunProblem } from "@/lib/imports/source-view";

const COUNTS = ["fetched", "created", "updated", "closed", "skipped"] as const;

/** A source's runs: when, how, the counts, and what was skipped or failed with why. */
export async function RunTable({ runs }: { runs: ImportRunView[] }) {
  const t = await getTranslations("imports.admin");
  const format = await getFormatter();
  if (runs.length === 0) return <Typography color="text.secondary">{t("noRuns")}</Typography>;
  const why = (problem: RunProblem) =>
    `${t.has(`reasons.${problem.reason}`) ? t(`reasons.${problem.reason}`) : problem.reason} — ${problem.url}`;
  return (
    <Table size="small" aria-label={t("runs")}>
      <TableHead>
        <TableRow>
          <TableCell>{t("columns.started")}</TableCell>
          <TableCell>{t("columns.status")}</TableCell>
          {COUNTS.map((count) => (
            <TableCell key={count} align="right">
              {t(`columns.${count}`)}
            </TableCell>
          ))}
          <TableCell>{t("columns.errors")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {runs.map((run) => (
          <TableRow key={run.id}>
            <TableCell>
              {format.dateTime(run.startedAt, { dateStyle: "short", timeStyle: "short" })} (
              {t(`trigger.${run.trigger}`)})
            </TableCell>
            <TableCell>{t(`runStatus.${run.status}`)}</TableCell>
            {COUNTS.map((count) => (
              <TableCell key={count} align="right">
                {run[count]}
              </TableCell>
            ))}
            <TableCell>
              {[...run.errors, ...run.skips].slice(0, 5).map((problem, i) => (
                <Typography key={i} variant="body2" sx={{ wordBreak: "break-all" }}>
                  {why(problem)}
                </Typography>
              ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

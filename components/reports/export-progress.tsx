"use client";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ExportView } from "@/lib/reports/export-jobs";

const POLL_MS = 1500;

/**
 * A background export as its requester follows it: rows written of the total, read again every
 * 1.5 s while it runs, then its download link (or why there is none).
 */
export function ExportProgress({ initial }: { initial: ExportView }) {
  const t = useTranslations("dashboards.exportJobs");
  const format = useFormatter();
  const [job, setJob] = useState(initial);
  const running = job.status === "QUEUED" || job.status === "RUNNING";

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const poll = async () => {
      const response = await fetch(`/api/v1/exports/${job.id}`, { cache: "no-store" }).catch(() => null);
      if (!stopped && response?.ok) setJob((await response.json()) as ExportView);
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [job.id, running]);

  const percent = job.rowsTotal > 0 ? Math.min(100, (job.rowsDone / job.rowsTotal) * 100) : running ? 0 : 100;
  const progress = t("progress", { done: format.number(job.rowsDone), total: format.number(job.rowsTotal) });
  return (
    <Box data-testid={`export-${job.id}`} data-status={job.status}>
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {job.fileName} · {t(`status.${job.status}`)}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={t("progressLabel")}
        aria-valuetext={progress}
        sx={{ mb: 0.5 }}
      />
      <Typography variant="body2" color="text.secondary" role="status" aria-live="polite">
        {progress}
      </Typography>
      {job.status === "FAILED" && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {t("failed")}
        </Alert>
      )}
      {job.expired && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {t("expired")}
        </Alert>
      )}
      {job.downloadUrl && (
        <Box sx={{ mt: 1, display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
          <Button
            href={job.downloadUrl}
            download
            variant="contained"
            aria-label={t("downloadOf", { file: job.fileName })}
          >
            {t("download")}
          </Button>
          {job.expiresAt && (
            <Typography variant="body2" color="text.secondary">
              {t("expires", { date: format.dateTime(new Date(job.expiresAt), { dateStyle: "long" }) })}
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}

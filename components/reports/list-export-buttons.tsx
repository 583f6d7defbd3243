"use client";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestExportAction } from "@/app/(app)/exports/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import type { ExportView } from "@/lib/reports/export-jobs";
import type { RequestedExport } from "@/lib/reports/request-export";
import { ExportProgress } from "./export-progress";

/**
 * A list's CSV and XLSX exports with its filters: a small CSV downloads at once; a large export
 * (or an XLSX) is written in the background, its progress shown here, its file offered when ready.
 */
export function ListExportButtons({ kind, filters }: { kind: "audit"; filters: Record<string, string> }) {
  const t = useTranslations("dashboards.exportJobs");
  const [queued, setQueued] = useState<{ id: string; rows: number } | null>(null);
  const { execute, pending, outcome } = useAction(requestExportAction, {
    refresh: false,
    onSuccess: (data: RequestedExport) => {
      if (data.queued) setQueued({ id: data.exportId, rows: data.rows });
      else window.location.assign(data.href);
    },
  });
  const ask = (format: "csv" | "xlsx") => execute({ kind, format, filters });
  const initial = (id: string, rows: number): ExportView => ({
    id,
    kind: "AUDIT_LOG",
    format: "",
    fileName: "",
    status: "QUEUED",
    rowsDone: 0,
    rowsTotal: rows,
    expired: false,
    expiresAt: null,
    createdAt: new Date().toISOString(),
    downloadUrl: null,
  });
  return (
    <>
      <Button variant="outlined" disabled={pending} onClick={() => ask("csv")} aria-label={t("csvOf")}>
        {t("csv")}
      </Button>
      <Button variant="outlined" disabled={pending} onClick={() => ask("xlsx")} aria-label={t("xlsxOf")}>
        {t("xlsx")}
      </Button>
      <ActionOutcome outcome={outcome} sx={{ width: "100%" }} />
      {queued && (
        <Box sx={{ width: "100%", mt: 1 }}>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t("queued", { rows: queued.rows })}
          </Typography>
          <ExportProgress key={queued.id} initial={initial(queued.id, queued.rows)} />
        </Box>
      )}
    </>
  );
}

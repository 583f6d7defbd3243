"use client";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { importRosterAction, previewRoster } from "@/app/(app)/university/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import type { RosterError } from "@/lib/universities/parse-roster-csv";

type Preview = Extract<Awaited<ReturnType<typeof previewRoster>>, { ok: true }>["data"];

/** Upload → preview (what each line will do, or every error) → confirm; the file is sent again to import. */
export function RosterImportForm({ universityId }: { universityId: string }) {
  const t = useTranslations("universities");
  const validation = useTranslations("validation");
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const form = () => {
    const data = new FormData();
    data.set("universityId", universityId);
    const file = input.current?.files?.[0];
    if (file) data.set("file", file);
    return data;
  };
  const previewing = useAction(previewRoster, { refresh: false, onSuccess: (data) => setPreview(data) });
  const importing = useAction(importRosterAction, {
    success: (counts) => t("import.imported", counts),
    onSuccess: () => setPreview(null),
  });
  const reason = (error: RosterError) =>
    validation.has(error.reason.key) ? validation(error.reason.key, error.reason.values) : error.reason.key;

  return (
    <Stack spacing={3}>
      <Stack
        component="form"
        direction={{ xs: "column", sm: "row" }}
        spacing={2}
        onSubmit={(event) => {
          event.preventDefault();
          setPreview(null);
          void previewing.execute(form());
        }}
      >
        <label>
          <Typography component="span" sx={{ display: "block", mb: 1 }}>
            {t("import.file")}
          </Typography>
          <input
            ref={input}
            type="file"
            name="file"
            accept=".csv,text/csv"
            required
            onChange={() => setPreview(null)}
          />
        </label>
        <Button type="submit" variant="outlined" disabled={previewing.pending} sx={{ alignSelf: "flex-end" }}>
          {t("import.preview")}
        </Button>
      </Stack>
      <ActionOutcome outcome={previewing.outcome?.ok ? undefined : previewing.outcome} />
      <ActionOutcome outcome={importing.outcome} />
      {preview && preview.errors.length > 0 && (
        <Card>
          <Alert severity="error">{t("import.errorsTitle", { count: preview.errors.length })}</Alert>
          <Table size="small" aria-label={t("import.errorsTitle", { count: preview.errors.length })}>
            <TableHead>
              <TableRow>
                <TableCell>{t("import.line")}</TableCell>
                <TableCell>{t("import.column")}</TableCell>
                <TableCell>{t("import.reason")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.errors.map((error, index) => (
                <TableRow key={index}>
                  <TableCell>{error.line ?? t("import.wholeFile")}</TableCell>
                  <TableCell>{error.column ? t(`column.${error.column}`) : "—"}</TableCell>
                  <TableCell>{reason(error)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      {preview && preview.rows.length > 0 && (
        <Card>
          <Typography variant="h2" sx={{ p: 2 }}>
            {t("import.rowsTitle")}
          </Typography>
          <Typography sx={{ px: 2 }}>{t("import.counts", preview.counts)}</Typography>
          {preview.ignoredColumns.length > 0 && (
            <Typography sx={{ px: 2 }} color="text.secondary">
              {t("import.ignored", { columns: preview.ignoredColumns.join(", ") })}
            </Typography>
          )}
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t("import.line")}</TableCell>
                <TableCell>{t("students.name")}</TableCell>
                <TableCell>{t("students.number")}</TableCell>
                <TableCell>{t("students.program")}</TableCell>
                <TableCell>{t("students.year")}</TableCell>
                <TableCell>{t("import.action")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.rows.map((row) => (
                <TableRow key={row.line}>
                  <TableCell>{row.line}</TableCell>
                  <TableCell>
                    {row.firstName} {row.lastName}
                    <br />
                    {row.email}
                  </TableCell>
                  <TableCell>{row.studentNumber ?? "—"}</TableCell>
                  <TableCell>{row.programName ?? "—"}</TableCell>
                  <TableCell>{row.year ?? "—"}</TableCell>
                  <TableCell>{t(`action.${row.action}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {preview.errors.length === 0 && (
            <Button
              variant="contained"
              sx={{ m: 2 }}
              disabled={importing.pending}
              onClick={() => void importing.execute(form())}
            >
              {t("import.confirm", { count: preview.rows.length })}
            </Button>
          )}
        </Card>
      )}
    </Stack>
  );
}

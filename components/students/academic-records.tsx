"use client";
import DeleteOutline from "@mui/icons-material/DeleteOutlined";
import Alert from "@mui/material/Alert";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { removeRecord } from "@/app/(app)/student/profile/actions";
import { useActionErrors } from "@/components/ui/form-errors";
import { AcademicRecordForm } from "./academic-record-form";
import { useOutcome } from "./use-outcome";

type AcademicRecord = { id: string; institution: string; degree: string; field: string | null; startDate: Date | null; endDate: Date | null; grade: string | null };

export function AcademicRecords({ records }: { records: AcademicRecord[] }) {
  const t = useTranslations("students.records");
  const format = useFormatter();
  const router = useRouter();
  const toMessage = useActionErrors(() => {});
  const { outcome, succeed, fail } = useOutcome();
  const [pending, startTransition] = useTransition();
  const year = (date: Date | null) => (date ? format.dateTime(date, { year: "numeric", month: "short" }) : null);

  const remove = (record: AcademicRecord) =>
    startTransition(async () => {
      const result = await removeRecord(record.id);
      if (!result.ok) return fail(toMessage(result.error));
      succeed(t("removed"));
      router.refresh();
    });

  return (
    <>
      {outcome && (
        <Alert severity={outcome.ok ? "success" : "error"} sx={{ mb: 2 }}>
          {outcome.message}
        </Alert>
      )}
      {records.length === 0 ? (
        <Typography color="text.secondary">{t("empty")}</Typography>
      ) : (
        <List>
          {records.map((record) => (
            <ListItem
              key={record.id}
              disableGutters
              secondaryAction={
                <IconButton edge="end" aria-label={t("remove", { degree: record.degree })} onClick={() => remove(record)} disabled={pending}>
                  <DeleteOutline />
                </IconButton>
              }
            >
              <ListItemText
                primary={[record.degree, record.field].filter(Boolean).join(" – ")}
                secondary={[
                  record.institution,
                  record.startDate || record.endDate ? t("period", { from: year(record.startDate) ?? "…", to: year(record.endDate) ?? t("ongoing") }) : null,
                  record.grade,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Typography variant="h3" sx={{ mt: 3, mb: 2 }}>
        {t("addTitle")}
      </Typography>
      <AcademicRecordForm />
    </>
  );
}

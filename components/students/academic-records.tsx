"use client";
import DeleteOutline from "@mui/icons-material/DeleteOutlined";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { removeRecord } from "@/app/(app)/student/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import { AcademicRecordForm } from "./academic-record-form";

type AcademicRecord = {
  id: string;
  institution: string;
  degree: string;
  field: string | null;
  startDate: Date | null;
  endDate: Date | null;
  grade: string | null;
};

export function AcademicRecords({ records }: { records: AcademicRecord[] }) {
  const t = useTranslations("students.records");
  const format = useFormatter();
  const { execute: remove, pending, outcome } = useAction(removeRecord, { success: t("removed") });
  const year = (date: Date | null) => (date ? format.dateTime(date, { year: "numeric", month: "short" }) : null);

  return (
    <>
      <ActionOutcome outcome={outcome} sx={{ mb: 2 }} />
      {records.length === 0 ? (
        <Typography color="text.secondary">{t("empty")}</Typography>
      ) : (
        <List>
          {records.map((record) => (
            <ListItem
              key={record.id}
              disableGutters
              secondaryAction={
                <IconButton
                  edge="end"
                  aria-label={t("remove", { degree: record.degree })}
                  onClick={() => remove(record.id)}
                  disabled={pending}
                >
                  <DeleteOutline />
                </IconButton>
              }
            >
              <ListItemText
                primary={[record.degree, record.field].filter(Boolean).join(" – ")}
                secondary={[
                  record.institution,
                  record.startDate || record.endDate
                    ? t("period", { from: year(record.startDate) ?? "…", to: year(record.endDate) ?? t("ongoing") })
                    : null,
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

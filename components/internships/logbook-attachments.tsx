"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import * as yup from "yup";
import { deleteDocumentAction } from "@/app/(app)/internships/[id]/document-actions";
import { attachLogbookFiles } from "@/app/(app)/internships/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { FileField } from "@/components/ui/file-field";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { fileListSchema } from "@/lib/documents/file-list-schema";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";
import { LOGBOOK_ATTACHMENTS_MAX } from "@/lib/internships/schemas";

const RULES = UPLOAD_RULES.LOGBOOK_ATTACHMENT;
const ACCEPT = [
  ".pdf",
  ".png",
  ".jpg",
  ".jpeg",
  ".webp",
  ".docx",
  ".xlsx",
  ".pptx",
  ".odt",
  ".ods",
  ".odp",
  ...RULES.types,
].join(",");

type Attachment = { id: string; fileName: string; size: number; download: string };

/**
 * A logbook week's files: a download link for every party; for the student while the internship
 * runs, a remove button on each and a form adding files up to the week's limit.
 */
export function LogbookAttachments({
  internshipId,
  weekId,
  attachments,
  editable,
}: {
  internshipId: string;
  weekId: string;
  attachments: Attachment[];
  editable: boolean;
}) {
  const t = useTranslations("internships.logbook");
  const format = useFormatter();
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`
      : `${format.number(Math.max(1, Math.round(bytes / 1024)))} kB`;
  const remove = useAction(deleteDocumentAction, { success: t("removed") });
  const left = LOGBOOK_ATTACHMENTS_MAX - attachments.length;
  if (attachments.length === 0 && !editable) return null;
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      <Typography variant="subtitle2" component="h4">
        {t("attachments")}
      </Typography>
      <ActionOutcome outcome={remove.outcome} />
      {attachments.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {attachments.map((a) => (
            <li key={a.id}>
              <Link href={a.download} aria-label={t("download", { name: a.fileName, size: size(a.size) })}>
                {a.fileName}
              </Link>{" "}
              <Typography component="span" variant="body2" color="text.secondary">
                ({size(a.size)})
              </Typography>
              {editable && (
                <Button
                  size="small"
                  disabled={remove.pending}
                  aria-label={t("remove", { name: a.fileName })}
                  onClick={() => void remove.execute({ documentId: a.id })}
                  sx={{ ml: 1 }}
                >
                  {t("removeButton")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable &&
        (left > 0 ? (
          <AttachForm internshipId={internshipId} weekId={weekId} left={left} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t("attachmentsLeft", { count: 0 })}
          </Typography>
        ))}
    </Stack>
  );
}

function AttachForm({ internshipId, weekId, left }: { internshipId: string; weekId: string; left: number }) {
  const t = useTranslations("internships.logbook");
  const schema = yup.object({ files: fileListSchema(RULES, left, left * RULES.maxBytes, "required") });
  const form = useForm({ resolver: yupResolver(schema), defaultValues: { files: [] as File[] } });
  const [inputKey, setInputKey] = useState(0);
  const { onSubmit, pending, outcome } = useFormAction(form, attachLogbookFiles, {
    success: (data) => t("attached", { count: data.added }),
    reset: true,
    onSuccess: () => setInputKey((key) => key + 1),
    toInput: (values) => {
      const body = new FormData();
      body.set("internshipId", internshipId);
      body.set("activityId", weekId);
      for (const file of values.files) body.append("files", file);
      return body;
    },
  });
  return (
    <Stack component="form" spacing={1} onSubmit={onSubmit} noValidate aria-label={t("attachments")}>
      <ActionOutcome outcome={outcome} />
      <FileField
        key={inputKey}
        control={form.control}
        name="files"
        label={t("attach")}
        hint={`${t("attachHint", { max: LOGBOOK_ATTACHMENTS_MAX, megabytes: RULES.maxBytes / 1024 / 1024 })} ${t("attachmentsLeft", { count: left })}`}
        accept={ACCEPT}
        multiple
      />
      <Button type="submit" variant="outlined" size="small" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("sendFiles")}
      </Button>
    </Stack>
  );
}

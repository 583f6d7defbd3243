"use client";
import Description from "@mui/icons-material/DescriptionOutlined";
import UploadFile from "@mui/icons-material/UploadFile";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { uploadCvFile } from "@/app/(app)/student/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import { useFileProblem } from "@/components/ui/use-file-problem";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";

const RULES = UPLOAD_RULES.CV;
type CurrentCv = { documentId: string; fileName: string; uploadedAt: Date } | null;

export function CvUpload({ current }: { current: CurrentCv }) {
  const t = useTranslations("students.cv");
  const fileProblem = useFileProblem(RULES);
  const format = useFormatter();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string>();
  const { execute, pending, outcome } = useAction(uploadCvFile, {
    success: t("uploaded"),
    onSuccess: () => {
      setFile(null);
      if (input.current) input.current.value = "";
    },
  });

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setProblem(fileProblem(chosen));
  };

  const upload = () => {
    if (!file) return setProblem(t("noFile"));
    if (problem) return;
    const body = new FormData();
    body.set("file", file);
    void execute(body);
  };

  return (
    <Stack spacing={2}>
      <ActionOutcome outcome={problem ? { ok: false, message: problem, code: "VALIDATION" } : outcome} />
      {current ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <Description color="primary" aria-hidden />
          <Typography>
            <Link
              href={`/api/v1/documents/${current.documentId}/download`}
              aria-label={t("download", { name: current.fileName })}
            >
              {current.fileName}
            </Link>{" "}
            <Typography component="span" color="text.secondary">
              ({t("uploadedAt", { date: format.dateTime(current.uploadedAt, { dateStyle: "long" }) })})
            </Typography>
          </Typography>
        </Stack>
      ) : (
        <Typography color="text.secondary">{t("none")}</Typography>
      )}
      <div>
        <input
          ref={input}
          type="file"
          accept="application/pdf,.pdf"
          hidden
          aria-hidden
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
          <Button
            variant="outlined"
            startIcon={<UploadFile />}
            onClick={() => input.current?.click()}
            aria-describedby={hintId}
          >
            {t("choose")}
          </Button>
          <Button variant="contained" onClick={upload} disabled={pending}>
            {pending && file ? t("uploading") : t("upload")}
          </Button>
        </Stack>
        <Typography id={hintId} variant="body2" color="text.secondary" sx={{ mt: 1 }} aria-live="polite">
          {file ? t("chosen", { name: file.name }) : t("hint")}
        </Typography>
      </div>
    </Stack>
  );
}

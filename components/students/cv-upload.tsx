"use client";
import Description from "@mui/icons-material/DescriptionOutlined";
import UploadFile from "@mui/icons-material/UploadFile";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useOutcome } from "./use-outcome";

const MAX_BYTES = 5 * 1024 * 1024;
type CurrentCv = { documentId: string; fileName: string; uploadedAt: Date } | null;

/**
 * Sends the CV to the API (multipart), not through a server action: actions stop at 1 MB of body
 * and a CV may weigh up to 5 MB. The browser session authenticates the call.
 */
export function CvUpload({ studentId, current }: { studentId: string; current: CurrentCv }) {
  const t = useTranslations("students.cv");
  const tv = useTranslations("validation");
  const te = useTranslations("errors");
  const format = useFormatter();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const { outcome, succeed, fail } = useOutcome();

  const choose = (chosen: File | null) => {
    setFile(chosen);
    if (chosen && !(chosen.type === "application/pdf" || chosen.name.toLowerCase().endsWith(".pdf"))) fail(t("notPdf"));
    else if (chosen && chosen.size > MAX_BYTES) fail(t("tooLarge"));
  };

  const upload = async () => {
    if (!file) return fail(t("noFile"));
    setBusy(true);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch(`/api/v1/students/${encodeURIComponent(studentId)}/cv`, { method: "PUT", body });
      if (response.ok) {
        setFile(null);
        if (input.current) input.current.value = "";
        succeed(t("uploaded"));
        router.refresh();
        return;
      }
      const problem = (await response.json().catch(() => ({}))) as { errors?: { code: string }[]; instance?: string };
      const code = problem.errors?.[0]?.code;
      if (code && tv.has(code)) fail(tv(code));
      else if (response.status === 429) fail(te("RATE_LIMITED", { minutes: Math.ceil(Number(response.headers.get("retry-after") ?? 60) / 60) }));
      else if (response.status === 401 || response.status === 403) fail(te(response.status === 401 ? "UNAUTHENTICATED" : "FORBIDDEN"));
      else if (response.status >= 500) fail(te("INTERNAL", { reference: problem.instance ?? "-" }));
      else fail(te("VALIDATION"));
    } catch {
      fail(te("INTERNAL", { reference: "-" }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2}>
      {outcome && <Alert severity={outcome.ok ? "success" : "error"}>{outcome.message}</Alert>}
      {current ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <Description color="primary" aria-hidden />
          <Typography>
            <Link href={`/api/v1/documents/${current.documentId}/download`} aria-label={t("download", { name: current.fileName })}>
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
        <input ref={input} type="file" accept="application/pdf,.pdf" hidden aria-hidden onChange={(event) => choose(event.target.files?.[0] ?? null)} />
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
          <Button variant="outlined" startIcon={<UploadFile />} onClick={() => input.current?.click()} aria-describedby={hintId}>
            {t("choose")}
          </Button>
          <Button variant="contained" onClick={upload} disabled={busy}>
            {busy ? t("uploading") : t("upload")}
          </Button>
        </Stack>
        <Typography id={hintId} variant="body2" color="text.secondary" sx={{ mt: 1 }} aria-live="polite">
          {file ? t("chosen", { name: file.name }) : t("hint")}
        </Typography>
      </div>
    </Stack>
  );
}

"use client";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";

type Verdict =
  | { valid: true; status: "VALID" | "REVOKED"; serial: string | null }
  | { valid: false; reason: "signatureMismatch" | "documentAltered" }
  | { error: true };

/**
 * Sends a certificate's PDF or credential JSON to the public verification API (no sign-in) and
 * says whether it matches the signed original. A public REST call, not a server action.
 */
export function VerifyFile({ did }: { did: string }) {
  const t = useTranslations("certificates.verify");
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [verdict, setVerdict] = useState<Verdict>();

  const check = async () => {
    if (!file) return;
    setPending(true);
    setVerdict(undefined);
    try {
      const response = await fetch("/api/v1/certificates/verify", {
        method: "POST",
        headers: { "content-type": file.name.toLowerCase().endsWith(".pdf") ? "application/pdf" : "application/json" },
        body: file,
      });
      setVerdict(response.ok ? ((await response.json()) as Verdict) : { error: true });
    } catch {
      setVerdict({ error: true });
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Typography variant="h2" sx={{ fontSize: "1.25rem" }}>
        {t("fileTitle")}
      </Typography>
      <Typography variant="body2">{t("fileLead", { did })}</Typography>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
        <Button component="label" variant="outlined">
          {file ? file.name : t("fileLabel")}
          <input
            hidden
            type="file"
            aria-label={t("fileLabel")}
            accept="application/pdf,application/json,application/ld+json,.json,.pdf"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setVerdict(undefined);
            }}
          />
        </Button>
        <Button variant="contained" disabled={!file || pending} onClick={check}>
          {pending ? t("fileChecking") : t("fileCheck")}
        </Button>
      </Stack>
      <div role="status" aria-live="polite">
        {verdict && "error" in verdict && <Alert severity="error">{t("fileError")}</Alert>}
        {verdict && "valid" in verdict && verdict.valid && (
          <Alert severity={verdict.status === "VALID" ? "success" : "warning"}>
            {t("fileValid", { status: t(`fileValidStatus.${verdict.status}`) })}
          </Alert>
        )}
        {verdict && "valid" in verdict && !verdict.valid && (
          <Alert severity="error">
            <strong>{t("fileMismatch")}</strong> {t(`fileMismatchDetail.${verdict.reason}`)}
          </Alert>
        )}
      </div>
    </Stack>
  );
}

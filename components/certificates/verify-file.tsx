"use client";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { BrowserVerdict, IssuerDidDocument } from "@/lib/documents/certificates/verify-in-browser";
import { BrowserChecks, verifyHere } from "./browser-checks";

/** What the platform says of a PDF's bytes (online only): the very file it issued, or another. */
type PdfComparison = "original" | "altered" | "unchecked";

type Outcome =
  { kind: "unreadable" } | { kind: "checked"; verdict: BrowserVerdict; pdf: PdfComparison | null } | { kind: "failed" };

const isPdf = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-");

async function credentialOf(bytes: Uint8Array): Promise<unknown> {
  if (isPdf(bytes)) {
    const { embeddedCredential } = await import("@/lib/documents/certificates/embedded-credential");
    return embeddedCredential(bytes);
  }
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

/** The PDF's bytes against the one issued: only the platform keeps its SHA-256, so this needs the network. */
async function comparePdf(bytes: Uint8Array): Promise<PdfComparison> {
  try {
    const response = await fetch("/api/v1/certificates/verify", {
      method: "POST",
      headers: { "content-type": "application/pdf" },
      body: bytes as BlobPart,
    });
    if (!response.ok) return "unchecked";
    const body = (await response.json()) as { valid: boolean; reason?: string };
    return body.valid ? "original" : body.reason === "documentAltered" ? "altered" : "unchecked";
  } catch {
    return "unchecked";
  }
}

/**
 * Checks a certificate's PDF or credential JSON in this browser: the credential's proof against
 * the issuer's published key, offline; its revocation online; and, for a PDF, whether its bytes are
 * those issued (online: the platform keeps their fingerprint). Each line says where it was checked.
 */
export function VerifyFile({ didDocument }: { didDocument: IssuerDidDocument }) {
  const t = useTranslations("certificates.verify");
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const check = async () => {
    if (!file) return;
    setPending(true);
    setOutcome(undefined);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const credential = await credentialOf(bytes);
      if (!credential || typeof credential !== "object" || Array.isArray(credential)) {
        setOutcome({ kind: "unreadable" });
        return;
      }
      const verdict = await verifyHere(credential, didDocument);
      const pdf = isPdf(bytes) && verdict.proof === "valid" ? await comparePdf(bytes) : null;
      setOutcome({ kind: "checked", verdict, pdf });
    } catch {
      setOutcome({ kind: "failed" });
    } finally {
      setPending(false);
    }
  };

  const mismatch = outcome?.kind === "checked" && (outcome.verdict.proof !== "valid" || outcome.pdf === "altered");
  const status = outcome?.kind === "checked" ? outcome.verdict.status : { checked: false as const };
  const revoked = status.checked && status.revoked;
  return (
    <Stack spacing={2}>
      <Typography variant="h2" sx={{ fontSize: "1.25rem" }}>
        {t("fileTitle")}
      </Typography>
      <Typography variant="body2" sx={{ overflowWrap: "anywhere" }}>
        {t("fileLead", { did: didDocument.id })}
      </Typography>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
        <Button component="label" variant="outlined" sx={{ overflowWrap: "anywhere" }}>
          {file ? file.name : t("fileLabel")}
          <input
            hidden
            type="file"
            aria-label={t("fileLabel")}
            accept="application/pdf,application/json,application/ld+json,.json,.pdf"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setOutcome(undefined);
            }}
          />
        </Button>
        <Button variant="contained" disabled={!file || pending} onClick={check}>
          {pending ? t("fileChecking") : t("fileCheck")}
        </Button>
      </Stack>
      <Stack role="status" aria-live="polite" spacing={1}>
        {outcome?.kind === "unreadable" && <Alert severity="error">{t("fileError")}</Alert>}
        {outcome?.kind === "failed" && <Alert severity="warning">{t("browser.failed")}</Alert>}
        {outcome?.kind === "checked" && (
          <>
            {mismatch ? (
              <Alert severity="error">
                <strong>{t("fileMismatch")}</strong>{" "}
                {t(`fileMismatchDetail.${outcome.pdf === "altered" ? "documentAltered" : "signatureMismatch"}`)}
              </Alert>
            ) : (
              <Alert severity={revoked ? "warning" : "success"}>
                {status.checked
                  ? t("fileValid", { status: t(`fileValidStatus.${revoked ? "REVOKED" : "VALID"}`) })
                  : t("fileMatches")}
              </Alert>
            )}
            <BrowserChecks verdict={outcome.verdict} did={didDocument.id} />
            {outcome.pdf === "original" && <Alert severity="success">{t("browser.pdfOriginal")}</Alert>}
            {outcome.pdf === "unchecked" && <Alert severity="warning">{t("browser.pdfUnchecked")}</Alert>}
          </>
        )}
      </Stack>
    </Stack>
  );
}

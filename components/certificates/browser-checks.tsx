"use client";
import Alert from "@mui/material/Alert";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import type { BrowserVerdict, IssuerDidDocument } from "@/lib/documents/certificates/verify-in-browser";

/**
 * The platform's signed status list, asked for online on the page's own origin (the credential
 * names it under APP_URL, the same server). Never from a cache: a status read offline would not be one.
 */
export async function fetchStatusList(url: string): Promise<unknown> {
  const response = await fetch(new URL(new URL(url).pathname, window.location.origin), { cache: "no-store" });
  if (!response.ok) throw new Error(`status list: ${response.status}`);
  return response.json();
}

/** Runs the verification in this browser (the libraries are loaded on demand: they are large). */
export async function verifyHere(credential: unknown, didDocument: IssuerDidDocument): Promise<BrowserVerdict> {
  const { verifyInBrowser } = await import("@/lib/documents/certificates/verify-in-browser");
  return verifyInBrowser(credential, { didDocument, fetchStatusList });
}

const Where = ({ online }: { online: boolean }) => {
  const t = useTranslations("certificates.verify.browser");
  return (
    <Chip
      size="small"
      variant="outlined"
      color={online ? "info" : "default"}
      label={online ? t("online") : t("offline")}
      sx={{ flexShrink: 0 }}
    />
  );
};

/** What was checked, and where: the proof offline in this browser, the revocation online (or not). */
export function BrowserChecks({ verdict, did }: { verdict: BrowserVerdict; did: string }) {
  const t = useTranslations("certificates.verify.browser");
  const format = useFormatter();
  const { proof, status } = verdict;
  const line = (severity: "success" | "error" | "warning" | "info", online: boolean, text: string) => (
    <Alert severity={severity} icon={false} sx={{ alignItems: "center" }}>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ alignItems: { sm: "center" } }}>
        <Where online={online} />
        <span>{text}</span>
      </Stack>
    </Alert>
  );
  if (proof === "notACredential") return <Alert severity="error">{t("notACredential")}</Alert>;
  return (
    <Stack spacing={1}>
      {proof === "valid"
        ? line("success", false, t("proofValid", { key: verdict.key ?? "—" }))
        : line("error", false, t("proofInvalid", { did }))}
      {proof === "valid" &&
        (status.checked
          ? line(
              status.revoked ? "error" : "success",
              true,
              t(status.revoked ? "statusRevoked" : "statusActive", {
                time: format.dateTime(status.at, { dateStyle: "short", timeStyle: "short" }),
              }),
            )
          : line(
              status.reason === "noStatus" ? "info" : "warning",
              status.reason !== "offline",
              t(`status.${status.reason}`),
            ))}
    </Stack>
  );
}

export function BrowserChecksTitle() {
  const t = useTranslations("certificates.verify.browser");
  return (
    <Typography variant="h2" sx={{ fontSize: "1.25rem" }}>
      {t("title")}
    </Typography>
  );
}

"use client";
import Alert from "@mui/material/Alert";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { BrowserVerdict, IssuerDidDocument } from "@/lib/documents/certificates/verify-in-browser";
import { BrowserChecks, BrowserChecksTitle, verifyHere } from "./browser-checks";

/**
 * The serial page's own check, run in the visitor's browser: the credential shown on the page is
 * verified against the issuer's key with bundled contexts (offline), then its revocation bit is read
 * from the signed status list (online, when the platform answers). A copy of the page kept by the
 * service worker, or saved, still checks the signature with no network.
 */
export function VerifyCredentialHere(props: { credential: object; didDocument: IssuerDidDocument }) {
  const t = useTranslations("certificates.verify.browser");
  const [verdict, setVerdict] = useState<BrowserVerdict | "running" | "failed">("running");
  const { credential, didDocument } = props;
  useEffect(() => {
    let live = true;
    verifyHere(credential, didDocument)
      .then((result) => live && setVerdict(result))
      .catch(() => live && setVerdict("failed"));
    return () => {
      live = false;
    };
  }, [credential, didDocument]);
  return (
    <Stack component="section" aria-label={t("title")} spacing={1.5}>
      <BrowserChecksTitle />
      <div role="status" aria-live="polite" data-testid="browser-verification">
        {verdict === "running" && <Alert severity="info">{t("running")}</Alert>}
        {verdict === "failed" && <Alert severity="warning">{t("failed")}</Alert>}
        {typeof verdict === "object" && <BrowserChecks verdict={verdict} did={didDocument.id} />}
      </div>
    </Stack>
  );
}

import Divider from "@mui/material/Divider";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CertificateStatus } from "@/components/certificates/certificate-status";
import { VerifyCredentialHere } from "@/components/certificates/verify-credential-here";
import { VerifyFile } from "@/components/certificates/verify-file";
import { VerifyPageOffline } from "@/components/certificates/verify-page-offline";
import { issuerDidDocument } from "@/lib/documents/certificates/issuer";
import { lookUpCertificate } from "@/lib/documents/certificates/look-up-certificate";

type Props = { params: Promise<{ serial: string }> };

const serialOf = async (params: Props["params"]) =>
  decodeURIComponent((await params).serial)
    .toUpperCase()
    .slice(0, 40);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("certificates.verify");
  return { title: t("metaTitle", { serial: await serialOf(params) }), robots: { index: false } };
}

/**
 * The public verification page of a serial (the QR code of every PDF points here): no sign-in. What
 * the platform knows of the serial, then the visitor's own browser checking the credential's proof
 * against the issuer's key (both carried by the page, so a copy kept offline still checks it).
 */
export default async function VerifySerialPage({ params }: Props) {
  const t = await getTranslations("certificates.verify");
  const [found, didDocument] = await Promise.all([lookUpCertificate(await serialOf(params)), issuerDidDocument()]);
  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Typography variant="h1" sx={{ fontSize: "2rem" }}>
        {t("title")}
      </Typography>
      <CertificateStatus found={found} />
      {found.status !== "UNKNOWN" && <VerifyCredentialHere credential={found.credential} didDocument={didDocument} />}
      <Divider />
      <VerifyFile didDocument={didDocument} />
      <VerifyPageOffline />
      <Typography variant="body2" color="text.secondary">
        {t("how")}
      </Typography>
    </Stack>
  );
}

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CertificateLookUp } from "@/lib/documents/certificates/look-up-certificate";

/** What the public page says of a serial: valid, revoked (with its date) or unknown, and what it certifies. */
export async function CertificateStatus({ found }: { found: CertificateLookUp }) {
  const t = await getTranslations("certificates.verify");
  const format = await getFormatter();
  if (found.status === "UNKNOWN") return <Alert severity="warning">{t("unknown", { serial: found.serial })}</Alert>;
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  const kind = t(`kinds.${found.kind}`);
  const rows: [string, string][] = [
    [t("holder"), found.holder.name],
    [t("internship"), found.internship.title ?? "—"],
    [t("host"), found.internship.enterprise],
    [t("period"), t("periodValue", { start: day(found.internship.startDate), end: day(found.internship.endDate) })],
    [t("issuer"), found.issuer.name],
    [t("issuedAt"), day(found.issuedAt)],
    [t("serial"), found.serial],
    [t("signedBy"), found.issuer.id],
  ];
  return (
    <Box>
      {found.status === "VALID" ? (
        <Alert severity="success">{t("valid", { kind, issuer: found.issuer.name })}</Alert>
      ) : (
        <Alert severity="error">
          {found.revocationReason
            ? t("revokedWithReason", { kind, date: day(found.revokedAt!), reason: found.revocationReason })
            : t("revoked", { kind, date: day(found.revokedAt!) })}
        </Alert>
      )}
      <Box
        component="dl"
        sx={{ display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: 3, rowGap: 1, mt: 2 }}
      >
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: "contents" }}>
            <Typography component="dt" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0, overflowWrap: "anywhere" }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Link href={`/api/v1/certificates/${found.serial}/credential`} sx={{ display: "inline-block", mt: 2 }}>
        {t("downloadCredential")}
      </Link>
    </Box>
  );
}

import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/identity/actor";
import { listInternshipCertificates } from "@/lib/documents/certificates/list-internship-certificates";
import { GenerateCertificateButton } from "./generate-button";
import { RevokeToggle } from "./revoke-toggle";

/** The staff who may revoke a certificate from the internship page (the domain checks which internship). */
const REVOKERS = ["UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR", "SYSTEM_ADMIN"];

/** The internship page's attestations and certificates: PDF, credential, verification page; generate the missing one. */
export async function InternshipCertificates({ actor, internshipId }: { actor: Actor | null; internshipId: string }) {
  const [{ items, canGenerate }, t, format] = await Promise.all([
    listInternshipCertificates(actor, internshipId),
    getTranslations("certificates.internship"),
    getFormatter(),
  ]);
  if (items.length === 0 && !canGenerate.CERTIFICATE && !canGenerate.ATTESTATION) return null;
  return (
    <section aria-labelledby="certificates" style={{ marginTop: 32 }}>
      <Typography id="certificates" variant="h2" gutterBottom>
        {t("title")}
      </Typography>
      {items.length === 0 && <Typography color="text.secondary">{t("none")}</Typography>}
      <Stack spacing={1.5} component="ul" sx={{ listStyle: "none", p: 0, m: 0 }}>
        {items.map((c) => (
          <Stack component="li" key={c.serial} spacing={0.5}>
            <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
              <Typography>
                {t("issuedOn", {
                  kind: t(`kinds.${c.kind}`),
                  serial: c.serial,
                  date: format.dateTime(c.issuedAt, { dateStyle: "long" }),
                })}
              </Typography>
              <Chip size="small" color={c.status === "VALID" ? "success" : "error"} label={t(`status.${c.status}`)} />
            </Stack>
            <Stack direction="row" spacing={2}>
              {c.documentId && <Link href={`/api/v1/documents/${c.documentId}/download`}>{t("pdf")}</Link>}
              <Link href={`/api/v1/certificates/${c.serial}/credential`}>{t("credential")}</Link>
              <Link href={`/verify/${c.serial}`}>{t("verifyPage")}</Link>
            </Stack>
            {actor && REVOKERS.includes(actor.role) && <RevokeToggle serial={c.serial} />}
          </Stack>
        ))}
      </Stack>
      <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
        {canGenerate.CERTIFICATE && <GenerateCertificateButton internshipId={internshipId} kind="CERTIFICATE" />}
        {canGenerate.ATTESTATION && <GenerateCertificateButton internshipId={internshipId} kind="ATTESTATION" />}
      </Stack>
    </section>
  );
}

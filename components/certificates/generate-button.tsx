"use client";
import Button from "@mui/material/Button";
import { useTranslations } from "next-intl";
import { generateInternshipDocumentAction } from "@/app/(app)/internships/[id]/certificate-actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

export function GenerateCertificateButton({
  internshipId,
  kind,
}: {
  internshipId: string;
  kind: "CERTIFICATE" | "ATTESTATION";
}) {
  const t = useTranslations("certificates.internship");
  const { execute, pending, outcome } = useAction(generateInternshipDocumentAction, { success: t("generated") });
  return (
    <>
      <Button variant="contained" disabled={pending} onClick={() => execute({ id: internshipId, kind })}>
        {t(kind === "CERTIFICATE" ? "generateCertificate" : "generateAttestation")}
      </Button>
      <ActionOutcome outcome={outcome} />
    </>
  );
}

import Alert from "@mui/material/Alert";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { VerificationRequestForm } from "./verification-request-form";
import { DocumentLinks } from "./document-links";

type Verification = {
  registrationNumber: string;
  reason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  documents: { id: string; title: string }[];
};

const CHIP_COLOR = { UNVERIFIED: "default", PENDING: "info", VERIFIED: "success", REJECTED: "error" } as const;

/** Where the enterprise stands with verification, and the request form when it may ask. */
export async function VerificationCard(props: {
  status: VerificationStatus;
  verifiedAt: Date | null;
  registrationNumber: string | null;
  latest: Verification | null;
  canManage: boolean;
}) {
  const t = await getTranslations("enterprises.verification");
  const enums = await getTranslations("enums.verificationStatus");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  const { status, latest } = props;
  const mayAsk = status === "UNVERIFIED" || status === "REJECTED";
  return (
    <Card component="section" aria-labelledby="verification-title">
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }}>
            <Typography id="verification-title" variant="h2">
              {t("title")}
            </Typography>
            <Chip label={enums(status)} color={CHIP_COLOR[status]} data-testid="verification-status" />
          </Stack>
          {status === "UNVERIFIED" && <Typography>{t("unverified")}</Typography>}
          {status === "PENDING" && latest && (
            <Typography>{t("pending", { date: day(latest.createdAt), number: latest.registrationNumber })}</Typography>
          )}
          {status === "VERIFIED" && (
            <Typography>{t("verified", { date: props.verifiedAt ? day(props.verifiedAt) : "—" })}</Typography>
          )}
          {status === "REJECTED" && latest && (
            <Alert severity="warning">
              <Typography sx={{ fontWeight: 600 }}>
                {t("rejected", { date: day(latest.decidedAt ?? latest.createdAt) })}
              </Typography>
              <Typography>{t("reason", { reason: latest.reason ?? "—" })}</Typography>
            </Alert>
          )}
          {status === "PENDING" && latest && latest.documents.length > 0 && (
            <DocumentLinks documents={latest.documents} />
          )}
          {mayAsk && !props.canManage && <Typography color="text.secondary">{t("adminOnly")}</Typography>}
          {mayAsk && props.canManage && (
            <>
              <Typography variant="h3" component="h3">
                {t("formTitle")}
              </Typography>
              <VerificationRequestForm defaultNumber={latest?.registrationNumber ?? props.registrationNumber ?? ""} />
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

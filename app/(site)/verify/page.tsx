import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { VerifyFile } from "@/components/certificates/verify-file";
import { VerifyPageOffline } from "@/components/certificates/verify-page-offline";
import { issuerDidDocument } from "@/lib/documents/certificates/issuer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("certificates.verify"))("title") };
}

type Props = { searchParams: Promise<{ serial?: string | string[] }> };

/** Verification without a serial in the address: type one, or send a file. */
export default async function VerifyPage({ searchParams }: Props) {
  const { serial } = await searchParams;
  if (typeof serial === "string" && serial.trim())
    redirect(`/verify/${encodeURIComponent(serial.trim().slice(0, 40))}`);
  const t = await getTranslations("certificates.verify");
  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Typography variant="h1" sx={{ fontSize: "2rem" }}>
        {t("title")}
      </Typography>
      <Typography>{t("lead")}</Typography>
      <Stack component="form" method="get" direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <TextField name="serial" label={t("serialLabel")} size="small" slotProps={{ htmlInput: { maxLength: 40 } }} />
        <Button type="submit" variant="contained">
          {t("check")}
        </Button>
      </Stack>
      <Divider />
      <VerifyFile didDocument={await issuerDidDocument()} />
      <VerifyPageOffline />
      <Typography variant="body2" color="text.secondary">
        {t("how")}
      </Typography>
    </Stack>
  );
}

import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PromotionCertificates } from "@/components/certificates/promotion-certificates";
import { RevokeForm } from "@/components/certificates/revoke-form";
import { PageHeader } from "@/components/ui/page-header";
import { listPromotionPrograms, promotionProgress } from "@/lib/documents/certificates/generate-promotion-certificates";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("certificates.staff"))("title") };
}

type Props = { searchParams: Promise<{ programId?: string; year?: string }> };

/** The university admin's certificates: a promotion's, generated in one action; revoking or reinstating one. */
export default async function UniversityCertificatesPage({ searchParams }: Props) {
  const me = await pageActor("UNIVERSITY_ADMIN");
  const t = await getTranslations("certificates.staff");
  const query = await searchParams;
  const programs = await forPage(listPromotionPrograms(me));
  const programId = programs.some((p) => p.id === query.programId) ? query.programId! : programs[0]?.id;
  const year = Number(query.year) || new Date().getUTCFullYear();
  const progress = programId ? await forPage(promotionProgress(me, { programId, year })) : null;
  return (
    <Stack spacing={4} sx={{ maxWidth: 880 }}>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Stack component="form" method="get" direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextField
          select
          name="programId"
          label={t("program")}
          defaultValue={programId ?? ""}
          size="small"
          sx={{ minWidth: 260 }}
        >
          {programs.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField name="year" type="number" label={t("year")} defaultValue={year} size="small" />
        <Button type="submit" variant="outlined">
          {t("refresh")}
        </Button>
      </Stack>
      {programId && progress && <PromotionCertificates programId={programId} year={year} {...progress} />}
      <section aria-labelledby="revoke">
        <Typography id="revoke" variant="h2" gutterBottom sx={{ fontSize: "1.25rem" }}>
          {t("revokeTitle")}
        </Typography>
        <RevokeForm />
      </section>
    </Stack>
  );
}

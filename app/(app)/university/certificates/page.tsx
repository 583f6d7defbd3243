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
import { listPromotionPrograms, listPromotions } from "@/lib/documents/certificates/generate-promotion-certificates";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("certificates.staff"))("title") };
}

type Props = { searchParams: Promise<{ programId?: string; year?: string }> };

/**
 * The university admin's certificates: every program's promotion of a year (or one program's, as
 * filtered), each generated in one action; revoking or reinstating one. The filter's button is the
 * page's only refresh.
 */
export default async function UniversityCertificatesPage({ searchParams }: Props) {
  const me = await pageActor("UNIVERSITY_ADMIN");
  const t = await getTranslations("certificates.staff");
  const query = await searchParams;
  const programs = await forPage(listPromotionPrograms(me));
  const programId = programs.some((p) => p.id === query.programId) ? query.programId! : "";
  const asked = Number(query.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : new Date().getUTCFullYear();
  const promotions = await forPage(listPromotions(me, { year, programId }));
  return (
    <Stack spacing={4} sx={{ maxWidth: 880 }}>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Stack
        component="form"
        method="get"
        direction={{ xs: "column", sm: "row" }}
        spacing={2}
        sx={{ alignItems: { sm: "center" } }}
      >
        <TextField
          select
          name="programId"
          label={t("program")}
          defaultValue={programId}
          size="small"
          sx={{ minWidth: { sm: 260 } }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t("allPrograms")}</MenuItem>
          {programs.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          name="year"
          type="number"
          label={t("year")}
          defaultValue={year}
          size="small"
          slotProps={{ htmlInput: { min: 2000, max: 2100 } }}
        />
        <Button type="submit" variant="outlined">
          {t("refresh")}
        </Button>
      </Stack>
      {promotions.length === 0 ? (
        <Typography color="text.secondary">{t("noPrograms")}</Typography>
      ) : (
        <Stack component="ul" spacing={3} sx={{ listStyle: "none", p: 0, m: 0 }}>
          {promotions.map((promotion) => (
            <li key={promotion.programId}>
              <PromotionCertificates {...promotion} />
            </li>
          ))}
        </Stack>
      )}
      <section aria-labelledby="revoke">
        <Typography id="revoke" variant="h2" gutterBottom sx={{ fontSize: "1.25rem" }}>
          {t("revokeTitle")}
        </Typography>
        <RevokeForm />
      </section>
    </Stack>
  );
}

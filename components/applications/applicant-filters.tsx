import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";

export type ApplicantFilterValues = { minScore?: string; school?: string; from?: string; to?: string };

/** The table's filters as a plain GET form: the URL keeps them, the server filters; `keep` carries the other parameters. */
export async function ApplicantFilters({
  values,
  keep,
  clearHref,
}: {
  values: ApplicantFilterValues;
  keep: Record<string, string>;
  clearHref: string;
}) {
  const t = await getTranslations("applications.pipeline");
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Stack
        component="form"
        method="get"
        aria-label={t("filters")}
        direction={{ xs: "column", md: "row" }}
        spacing={2}
        useFlexGap
        sx={{ alignItems: { md: "center" }, flexWrap: "wrap" }}
      >
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <TextField
          size="small"
          name="minScore"
          type="number"
          label={t("minScore")}
          defaultValue={values.minScore ?? ""}
          slotProps={{ htmlInput: { min: 0, max: 100, step: 1 } }}
          sx={{ width: { md: 190 } }}
        />
        <TextField
          size="small"
          name="school"
          label={t("school")}
          defaultValue={values.school ?? ""}
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
        <TextField
          size="small"
          name="from"
          type="date"
          label={t("from")}
          defaultValue={values.from ?? ""}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          size="small"
          name="to"
          type="date"
          label={t("to")}
          defaultValue={values.to ?? ""}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button type="submit" variant="contained">
          {t("apply")}
        </Button>
        <LinkButton href={clearHref}>{t("clear")}</LinkButton>
      </Stack>
    </Paper>
  );
}

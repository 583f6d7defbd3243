import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";

export type FilterField = {
  name: string;
  label: string;
  any: string;
  value: string;
  options: { value: string; label: string }[];
};

/** A dashboard's filters: a plain GET form, so that a filtered dashboard has its own address. */
export async function FilterForm({ fields, resetHref }: { fields: FilterField[]; resetHref: string }) {
  const t = await getTranslations("dashboards.filters");
  return (
    <Stack
      component="form"
      method="get"
      aria-label={t("label")}
      direction={{ xs: "column", md: "row" }}
      spacing={2}
      sx={{ mb: 3, alignItems: { md: "center" } }}
    >
      {fields.map((field) => (
        <TextField
          key={field.name}
          name={field.name}
          label={field.label}
          select
          size="small"
          defaultValue={field.value}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{field.any}</MenuItem>
          {field.options.map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      ))}
      <Button type="submit" variant="contained">
        {t("apply")}
      </Button>
      <LinkButton href={resetHref}>{t("reset")}</LinkButton>
    </Stack>
  );
}

import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { getTranslations } from "next-intl/server";
import type { CircuitScope } from "@/lib/agreements/list-circuit-scopes";

/**
 * Which circuit and articles the page edits: the whole university's, or one department's (marked
 * when it has its own). A plain GET form, so it works before the page's scripts load.
 */
export async function CircuitScopePicker({ scopes, departmentId }: { scopes: CircuitScope[]; departmentId: string }) {
  const t = await getTranslations("agreements.circuit.scope");
  return (
    <Stack component="form" method="get" direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ mb: 3 }}>
      <TextField
        name="department"
        label={t("label")}
        select
        defaultValue={departmentId}
        size="small"
        sx={{ minWidth: 320 }}
      >
        <MenuItem value="">{t("university")}</MenuItem>
        {scopes.map((scope) => (
          <MenuItem key={scope.id} value={scope.id}>
            {scope.ownCircuit || scope.ownArticles ? t("departmentOwn", { name: scope.name }) : scope.name}
          </MenuItem>
        ))}
      </TextField>
      <Button type="submit" variant="outlined">
        {t("show")}
      </Button>
    </Stack>
  );
}

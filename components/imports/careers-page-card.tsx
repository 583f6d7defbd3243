import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/identity/actor";
import { listImportSources } from "@/lib/imports/list-import-sources";
import { NewSourceButton, SourceControls } from "./source-controls";

/**
 * The enterprise settings' careers-page import: the enterprise's own sources (the import slice keeps
 * them to its admins' enterprise), each to edit, run or disable, and one to add.
 */
export async function CareersPageCard({ actor }: { actor: Actor }) {
  const [sources, t] = await Promise.all([listImportSources(actor, { limit: 20 }), getTranslations("imports")]);
  return (
    <Card component="section" aria-labelledby="careers-title">
      <CardContent>
        <Stack spacing={2}>
          <Typography id="careers-title" variant="h2">
            {t("careers.title")}
          </Typography>
          <Typography color="text.secondary">{t("careers.lead")}</Typography>
          {sources.items.length === 0 && <Typography>{t("careers.empty")}</Typography>}
          {sources.items.map((source) => (
            <Stack key={source.id} spacing={1} component="article" aria-label={source.name}>
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
                <Typography sx={{ fontWeight: 500 }}>{source.name}</Typography>
                <Chip
                  size="small"
                  color={source.pausedAt ? "warning" : source.enabled ? "success" : "default"}
                  label={source.pausedAt ? t("admin.paused") : source.enabled ? t("admin.active") : t("admin.disabled")}
                />
                <Typography variant="body2" color="text.secondary">
                  {t("admin.openOffers", { count: source.openOffers })}
                </Typography>
              </Stack>
              <Typography variant="body2" sx={{ wordBreak: "break-all" }}>
                {source.url}
              </Typography>
              <SourceControls source={source} enterprise />
            </Stack>
          ))}
          <NewSourceButton enterprise />
        </Stack>
      </CardContent>
    </Card>
  );
}

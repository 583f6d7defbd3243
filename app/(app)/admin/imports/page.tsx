import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { RunTable } from "@/components/imports/run-table";
import { NewSourceButton, SourceControls } from "@/components/imports/source-controls";
import { PageHeader } from "@/components/ui/page-header";
import { getImportSource } from "@/lib/imports/get-import-source";
import { listImportSources } from "@/lib/imports/list-import-sources";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports.admin"))("title") };
}

/** The import sources, each with its state, its settings to edit and its last runs' reports; a new one is added here. */
export default async function ImportsPage() {
  const actor = await pageActor("SYSTEM_ADMIN");
  const sources = await forPage(listImportSources(actor, { limit: 50 }));
  const details = await Promise.all(sources.items.map((source) => forPage(getImportSource(actor, source.id))));
  const t = await getTranslations("imports.admin");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      <Stack spacing={3} sx={{ maxWidth: 1100 }}>
        <NewSourceButton />
        {details.length === 0 && <Typography color="text.secondary">{t("empty")}</Typography>}
        {details.map((source) => (
          <Card key={source.id} variant="outlined" component="section" aria-labelledby={`source-${source.id}`}>
            <CardContent>
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap", mb: 1 }}>
                <Typography id={`source-${source.id}`} variant="h2" sx={{ fontSize: "1.1rem" }}>
                  {source.name}
                </Typography>
                <Chip
                  size="small"
                  color={source.pausedAt ? "warning" : source.enabled ? "success" : "default"}
                  label={source.pausedAt ? t("paused") : source.enabled ? t("active") : t("disabled")}
                />
                <Chip size="small" variant="outlined" label={t(`kinds.${source.kind}`)} />
                {source.atsProvider && (
                  <Chip size="small" variant="outlined" label={t(`providers.${source.atsProvider}`)} />
                )}
              </Stack>
              <Typography variant="body2" sx={{ wordBreak: "break-all" }}>
                {source.url}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {[
                  source.enterpriseName,
                  t("openOffers", { count: source.openOffers }),
                  t("lastRun", {
                    date: source.lastRunAt
                      ? format.dateTime(source.lastRunAt, { dateStyle: "short", timeStyle: "short" })
                      : t("never"),
                  }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Typography>
              <SourceControls source={source} />
              <Typography variant="h3" sx={{ fontSize: "1rem", mt: 2, mb: 1 }}>
                {t("runs")}
              </Typography>
              <RunTable runs={source.runs.slice(0, 5)} />
            </CardContent>
          </Card>
        ))}
      </Stack>
    </>
  );
}

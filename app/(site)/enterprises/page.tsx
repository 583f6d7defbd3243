import SearchIcon from "@mui/icons-material/Search";
import Button from "@mui/material/Button";
import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { DirectoryCard } from "@/components/enterprises/directory-card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/core/errors";
import { listEnterprises } from "@/lib/enterprises/list-enterprises";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 12;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("enterprises.directory");
  return { title: t("title"), description: t("metaDescription") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value.at(-1) : value) || undefined;
const href = (q?: string, cursor?: string) => {
  const params = new URLSearchParams({ ...(q && { q }), ...(cursor && { cursor }) }).toString();
  return params ? `/enterprises?${params}` : "/enterprises";
};

/** The directory of verified enterprises, searchable by name or sector, a page at a time. */
export default async function EnterprisesPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = one(params.q)?.trim();
  const cursor = one(params.cursor);
  const t = await getTranslations("enterprises.directory");
  const page = await listEnterprises({ q, cursor, limit: PAGE_SIZE }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "VALIDATION") return null;
    throw error;
  });

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Form action="/enterprises" role="search" aria-label={t("search")}>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={1.5} sx={{ maxWidth: 720 }}>
          <TextField
            name="q"
            type="search"
            label={t("query")}
            placeholder={t("queryHint")}
            defaultValue={q ?? ""}
            key={q ?? ""}
            fullWidth
            slotProps={{ htmlInput: { maxLength: 100, enterKeyHint: "search" } }}
          />
          <Button type="submit" variant="contained" size="large" startIcon={<SearchIcon />} sx={{ flexShrink: 0 }}>
            {t("submit")}
          </Button>
        </Stack>
      </Form>
      <Stack component="section" aria-labelledby="directory-results" spacing={2} sx={{ mt: 4 }}>
        <Typography variant="h2" id="directory-results" sx={{ fontSize: "1.25rem" }}>
          {q ? t("results", { q }) : t("all")}
        </Typography>
        {!page ? (
          <EmptyState title={t("invalid")} hint={t("invalidHint")} action={t("emptyAction")} href="/enterprises" />
        ) : page.items.length === 0 ? (
          q ? (
            <EmptyState title={t("empty", { q })} hint={t("emptyHint")} action={t("emptyAction")} href="/enterprises" />
          ) : cursor ? (
            <EmptyState title={t("invalid")} hint={t("invalidHint")} action={t("emptyAction")} href="/enterprises" />
          ) : (
            <EmptyState title={t("none")} hint={t("noneHint")} action={t("noneAction")} href="/offers" />
          )
        ) : (
          <Grid container spacing={2}>
            {page.items.map((enterprise) => (
              <Grid key={enterprise.id} size={{ xs: 12, sm: 6, lg: 4 }}>
                <DirectoryCard enterprise={enterprise} />
              </Grid>
            ))}
          </Grid>
        )}
        {page && (cursor || page.nextCursor) && (
          <Stack direction="row" spacing={2}>
            {cursor && <LinkButton href={href(q)}>{t("firstPage")}</LinkButton>}
            {page.nextCursor && (
              <LinkButton href={href(q, page.nextCursor)} variant="contained">
                {t("nextPage")}
              </LinkButton>
            )}
          </Stack>
        )}
      </Stack>
    </>
  );
}

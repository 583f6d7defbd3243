import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TalentCard } from "@/components/students/talent-card";
import { TalentFilters, type TalentFilterValues } from "@/components/students/talent-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { OFFER_FIELDS } from "@/lib/offers/offer-options";
import { searchStudentProfiles } from "@/lib/students/search-student-profiles";
import { PROGRAM_LEVELS } from "@/lib/universities/schemas";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 20;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("students.talents"))("title") };
}

/** The URL's filters, keeping only values the search accepts (an edited URL widens, never errs). */
function filtersOf(params: Record<string, string | string[] | undefined>): TalentFilterValues {
  const one = (name: string, max: number) => {
    const value = params[name];
    return (Array.isArray(value) ? value.at(-1) : value)?.trim().slice(0, max) || undefined;
  };
  const among = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
    allowed.includes(value as T) ? value : undefined;
  const day = (value: string | undefined) => (value && DAY.test(value) ? value : undefined);
  const from = day(one("availableFrom", 10));
  const to = day(one("availableTo", 10));
  return {
    q: one("q", 100),
    skills: one("skills", 300),
    field: among(one("field", 60), OFFER_FIELDS),
    level: among(one("level", 20), PROGRAM_LEVELS),
    city: one("city", 80),
    availableFrom: from,
    availableTo: from && to && to < from ? undefined : to,
  };
}

const skillList = (skills?: string) =>
  (skills ?? "")
    .split(",")
    .map((skill) => skill.trim().slice(0, 60))
    .filter(Boolean)
    .slice(0, 10);

const href = (values: TalentFilterValues, cursor?: string) => {
  const entries = Object.entries({ ...values, cursor }).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return entries.length ? `/enterprise/talents?${new URLSearchParams(entries)}` : "/enterprise/talents";
};

/** Verified enterprises search the profiles students made visible to them, without contact details. */
export default async function TalentsPage({ searchParams }: Props) {
  const actor = await pageActor("ENTERPRISE");
  const t = await getTranslations("students.talents");
  if (!actor.enterprise?.verified)
    return (
      <>
        <PageHeader title={t("title")} lead={t("lead")} />
        <EmptyState
          title={t("unverified.title")}
          hint={t("unverified.hint")}
          action={t("unverified.action")}
          href="/enterprise"
        />
      </>
    );

  const params = await searchParams;
  const values = filtersOf(params);
  const wanted = skillList(values.skills);
  const rawCursor = params.cursor;
  const cursor = (Array.isArray(rawCursor) ? rawCursor.at(-1) : rawCursor)?.slice(0, 200) || undefined;
  const page = await forPage(searchStudentProfiles(actor, { ...values, skills: wanted, cursor, limit: PAGE_SIZE }));
  const filtered = Object.values(values).some(Boolean);

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <TalentFilters values={values} />
      <Stack component="section" aria-labelledby="talent-results" spacing={2}>
        <Typography variant="h2" id="talent-results" sx={{ fontSize: "1.25rem" }}>
          {filtered ? t("results") : t("all")}
        </Typography>
        {page.items.length === 0 ? (
          <EmptyState
            title={filtered ? t("noMatch") : t("none")}
            hint={filtered ? t("noMatchHint") : t("noneHint")}
            action={filtered ? t("clear") : t("publish")}
            href={filtered ? "/enterprise/talents" : "/enterprise/offers/new"}
          />
        ) : (
          <Grid container spacing={2} component="ul" sx={{ listStyle: "none", p: 0, m: 0 }}>
            {page.items.map((profile) => (
              <Grid key={profile.id} size={{ xs: 12, md: 6 }} component="li">
                <TalentCard profile={profile} wanted={wanted} />
              </Grid>
            ))}
          </Grid>
        )}
        {(cursor || page.nextCursor) && (
          <Stack direction="row" spacing={2}>
            {cursor && <LinkButton href={href(values)}>{t("firstPage")}</LinkButton>}
            {page.nextCursor && (
              <LinkButton href={href(values, page.nextCursor)} variant="contained">
                {t("nextPage")}
              </LinkButton>
            )}
          </Stack>
        )}
      </Stack>
    </>
  );
}

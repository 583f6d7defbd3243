import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplicantFilters } from "@/components/applications/applicant-filters";
import { ApplicantsTable } from "@/components/applications/applicants-table";
import { PipelineBoard } from "@/components/applications/pipeline-board";
import type { PipelineItem } from "@/components/applications/pipeline-card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listOfferApplications } from "@/lib/applications/list-offer-applications";
import { APPLICANT_SORTS, type ApplicantSort } from "@/lib/applications/schemas";
import { STATUS_ORDER } from "@/lib/applications/transitions";
import { forPage, pageActor } from "@/lib/identity/page-guard";

type Params = { [name: string]: string | string[] | undefined };
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Params> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.applicants"))("title") };
}

const FILTERS = STATUS_ORDER.filter((status) => status !== "DRAFT");
const BOARD_MAX = 100;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The URL's view, sort and filters, each kept only when valid (a hand-edited URL falls back to the default). */
function readQuery(raw: Params) {
  const one = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string).trim() : "");
  const score = one("minScore");
  const query = {
    view: one("view") === "board" ? "board" : "",
    status: FILTERS.find((s) => s === one("status")) ?? "",
    sort: APPLICANT_SORTS.find((s) => s === one("sort")) ?? "",
    order: one("order") === "asc" || one("order") === "desc" ? one("order") : "",
    minScore: /^\d{1,3}$/.test(score) && Number(score) <= 100 ? score : "",
    school: one("school").slice(0, 100),
    from: DAY.test(one("from")) ? one("from") : "",
    to: DAY.test(one("to")) ? one("to") : "",
  };
  return { query, cursor: one("cursor").slice(0, 200) };
}
type Query = ReturnType<typeof readQuery>["query"];

const toSearch = (query: Partial<Query> & { cursor?: string }) =>
  new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();

const serialisable = (items: Awaited<ReturnType<typeof listOfferApplications>>["items"]): PipelineItem[] =>
  items.map((a) => ({
    id: a.id,
    status: a.status,
    matchScore: a.matchScore,
    scoreAverage: a.scoreAverage,
    scorecards: a.scorecards,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    student: { name: a.student.name, university: a.student.university, program: a.student.program },
  }));

/** The applicants to one offer: a board by stage, or a table sorted and filtered on the server, with bulk moves and a CSV export. */
export default async function ApplicantsPage({ params, searchParams }: Props) {
  const actor = await pageActor("ENTERPRISE");
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const { query, cursor } = readQuery(raw);
  const board = query.view === "board";
  const { view: _view, ...filters } = query;
  const [page, t] = await Promise.all([
    forPage(
      listOfferApplications(
        actor,
        id,
        board
          ? { limit: BOARD_MAX }
          : {
              ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value)),
              ...(cursor && { cursor }),
              limit: 25,
            },
      ),
    ),
    getTranslations("applications"),
  ]);
  const total = Object.values(page.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const href = (change: Partial<Query> & { cursor?: string }) => `?${toSearch({ ...query, ...change })}`;
  const canDecide = actor.enterprise?.memberRole !== "TUTOR";
  const sortBy: ApplicantSort = APPLICANT_SORTS.find((s) => s === query.sort) ?? "date";
  const order = query.order || (sortBy === "name" || sortBy === "school" ? "asc" : "desc");
  const sortHref = (column: ApplicantSort) =>
    href({ sort: column, order: column === sortBy ? (order === "asc" ? "desc" : "asc") : "" });
  const exportSearch = toSearch(filters);

  return (
    <>
      <Link href="/enterprise/offers" sx={{ display: "inline-block", mb: 2 }}>
        {t("applicants.back")}
      </Link>
      <PageHeader
        title={t("applicants.title")}
        lead={t("applicants.lead", { title: page.offer.title, positions: page.offer.positions })}
      />
      {total === 0 ? (
        <EmptyState
          title={t("applicants.empty")}
          hint={t("applicants.emptyHint")}
          action={t("applicants.back")}
          href="/enterprise/offers"
        />
      ) : (
        <>
          <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, flexWrap: "wrap", alignItems: "center" }}>
            <Stack direction="row" spacing={1} component="nav" aria-label={t("pipeline.view")}>
              <LinkButton
                size="small"
                href={href({ view: "", cursor: "" })}
                variant={board ? "outlined" : "contained"}
                aria-current={board ? undefined : "page"}
              >
                {t("pipeline.table")}
              </LinkButton>
              <LinkButton
                size="small"
                href={`?${toSearch({ view: "board" })}`}
                variant={board ? "contained" : "outlined"}
                aria-current={board ? "page" : undefined}
              >
                {t("pipeline.board")}
              </LinkButton>
            </Stack>
            <LinkButton
              size="small"
              sx={{ ml: "auto" }}
              href={`/api/v1/applications/offer/${id}/export.csv${exportSearch ? `?${exportSearch}` : ""}`}
              title={t("pipeline.exportHint")}
            >
              {t("pipeline.export")}
            </LinkButton>
          </Stack>
          {board ? (
            <>
              {page.nextCursor && (
                <Typography color="text.secondary" sx={{ mb: 2 }}>
                  {t("pipeline.truncated", { count: BOARD_MAX })}
                </Typography>
              )}
              <PipelineBoard items={serialisable(page.items)} canDecide={canDecide} />
            </>
          ) : (
            <>
              <Stack
                direction="row"
                spacing={1}
                useFlexGap
                sx={{ flexWrap: "wrap", mb: 2 }}
                component="nav"
                aria-label={t("applicants.filter")}
              >
                <Chip
                  component="a"
                  href={href({ status: "" })}
                  clickable
                  color={query.status ? "default" : "primary"}
                  aria-current={query.status ? undefined : "page"}
                  label={t("applicants.all", { count: total })}
                />
                {FILTERS.filter((s) => page.counts[s]).map((s) => (
                  <Chip
                    key={s}
                    component="a"
                    href={href({ status: s })}
                    clickable
                    color={query.status === s ? "primary" : "default"}
                    aria-current={query.status === s ? "page" : undefined}
                    label={`${t(`status.${s}`)} (${page.counts[s]})`}
                  />
                ))}
              </Stack>
              <ApplicantFilters
                values={query}
                keep={Object.fromEntries(
                  Object.entries({ status: query.status, sort: query.sort, order: query.order }).filter(([, v]) => v),
                )}
                clearHref={href({ minScore: "", school: "", from: "", to: "" })}
              />
              {page.items.length === 0 ? (
                <Typography color="text.secondary">{t("applicants.emptyFiltered")}</Typography>
              ) : (
                <ApplicantsTable
                  rows={serialisable(page.items)}
                  canDecide={canDecide}
                  sorting={{
                    by: sortBy,
                    order: order as "asc" | "desc",
                    hrefs: Object.fromEntries(APPLICANT_SORTS.map((s) => [s, sortHref(s)])) as Record<
                      ApplicantSort,
                      string
                    >,
                  }}
                />
              )}
              <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
                {cursor && <LinkButton href={href({})}>{t("applicants.first")}</LinkButton>}
                {page.nextCursor && (
                  <LinkButton href={href({ cursor: page.nextCursor })} variant="outlined">
                    {t("applicants.more")}
                  </LinkButton>
                )}
              </Stack>
            </>
          )}
        </>
      )}
    </>
  );
}

import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { MoveApplication } from "@/components/applications/move-application";
import { StatusChip } from "@/components/applications/status-chip";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listOfferApplications } from "@/lib/applications/list-offer-applications";
import { allowedMoves, STATUS_ORDER } from "@/lib/applications/transitions";
import { forPage, pageActor } from "@/lib/identity/page-guard";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ status?: string; sort?: string; cursor?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.applicants"))("title") };
}

const FILTERS = STATUS_ORDER.filter((status) => status !== "DRAFT");

/** The applicants to one offer: a table filtered by status and sorted by date or match, each with its moves. */
export default async function ApplicantsPage({ params, searchParams }: Props) {
  const actor = await pageActor("ENTERPRISE");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const sort = query.sort === "score" ? "score" : "date";
  const status = FILTERS.find((s) => s === query.status);
  const [page, t, format] = await Promise.all([
    forPage(listOfferApplications(actor, id, { status, sort, cursor: query.cursor?.slice(0, 200), limit: 25 })),
    getTranslations("applications"),
    getFormatter(),
  ]);
  const total = Object.values(page.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const href = (change: { status?: string; sort?: string; cursor?: string }) => {
    const next = new URLSearchParams();
    const merged = { status, sort, ...change };
    if (merged.status) next.set("status", merged.status);
    if (merged.sort === "score") next.set("sort", "score");
    if (change.cursor) next.set("cursor", change.cursor);
    return `?${next.toString()}`;
  };
  const canDecide = actor.enterprise?.memberRole !== "TUTOR";

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
              color={status ? "default" : "primary"}
              aria-current={status ? undefined : "page"}
              label={t("applicants.all", { count: total })}
            />
            {FILTERS.filter((s) => page.counts[s]).map((s) => (
              <Chip
                key={s}
                component="a"
                href={href({ status: s })}
                clickable
                color={status === s ? "primary" : "default"}
                aria-current={status === s ? "page" : undefined}
                label={`${t(`status.${s}`)} (${page.counts[s]})`}
              />
            ))}
          </Stack>
          <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: "center" }}>
            <Typography variant="body2" color="text.secondary">
              {t("applicants.sort")}
            </Typography>
            <LinkButton size="small" href={href({ sort: "date" })} variant={sort === "date" ? "contained" : "text"}>
              {t("applicants.sortDate")}
            </LinkButton>
            <LinkButton size="small" href={href({ sort: "score" })} variant={sort === "score" ? "contained" : "text"}>
              {t("applicants.sortScore")}
            </LinkButton>
          </Stack>
          {page.items.length === 0 ? (
            <Typography color="text.secondary">{t("applicants.emptyFiltered")}</Typography>
          ) : (
            <TableContainer component={Paper}>
              <Table aria-label={t("applicants.title")}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t("applicants.candidate")}</TableCell>
                    <TableCell>{t("applicants.school")}</TableCell>
                    <TableCell align="right">{t("applicants.score")}</TableCell>
                    <TableCell>{t("applicants.date")}</TableCell>
                    <TableCell>{t("applicants.statusCol")}</TableCell>
                    {canDecide && <TableCell align="right">{t("applicants.actions")}</TableCell>}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {page.items.map((a) => (
                    <TableRow key={a.id} hover data-testid="applicant-row">
                      <TableCell>
                        <Link href={`/enterprise/applications/${a.id}`}>{a.student.name}</Link>
                      </TableCell>
                      <TableCell>
                        {[a.student.program, a.student.university].filter(Boolean).join(" · ") ||
                          t("applicants.noSchool")}
                      </TableCell>
                      <TableCell align="right">{a.matchScore === null ? "—" : `${a.matchScore} %`}</TableCell>
                      <TableCell>{a.submittedAt && format.dateTime(a.submittedAt, { dateStyle: "medium" })}</TableCell>
                      <TableCell>
                        <StatusChip status={a.status} />
                      </TableCell>
                      {canDecide && (
                        <TableCell align="right">
                          <MoveApplication
                            applicationId={a.id}
                            name={a.student.name}
                            allowed={allowedMoves(a.status, "enterprise")}
                            variant="menu"
                          />
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
          <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
            {query.cursor && <LinkButton href={href({})}>{t("applicants.first")}</LinkButton>}
            {page.nextCursor && (
              <LinkButton href={href({ cursor: page.nextCursor })} variant="outlined">
                {t("applicants.more")}
              </LinkButton>
            )}
          </Stack>
        </>
      )}
    </>
  );
}

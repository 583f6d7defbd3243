import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import { ListExportButtons } from "@/components/reports/list-export-buttons";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import type { AuditEntry } from "@/lib/audit/audit-query";
import { AuditDiff } from "./audit-diff";

export type AuditPageFilters = {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
};

/** The entity kinds offered in the filter (the API takes any). */
export const AUDIT_ENTITIES = [
  "Agreement",
  "Application",
  "Certificate",
  "Department",
  "Enterprise",
  "Internship",
  "OutboxEvent",
  "Program",
  "University",
  "User",
] as const;

/** Columns left out on phones (the action moves under the time). */
const WIDE = { display: { xs: "none", md: "table-cell" } } as const;

/**
 * The audit log as a filterable table (the filters are a GET form, so a filtered view is a link),
 * each entry's before/after folded under it, with CSV and XLSX exports of the same filters (large ones
 * written in the background, with progress).
 */
export async function AuditLogView({
  items,
  nextCursor,
  cursor,
  filters,
  basePath,
}: {
  items: AuditEntry[];
  nextCursor: string | null;
  cursor?: string;
  filters: AuditPageFilters;
  basePath: string;
}) {
  const [t, format] = await Promise.all([getTranslations("admin.audit"), getFormatter()]);
  const search = (extra: Record<string, string | undefined> = {}) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
    return params.toString();
  };
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <Card component="form" method="get" role="search" aria-label={t("filters")} sx={{ p: 2, mb: 2 }}>
        <Box
          sx={{
            display: "grid",
            gap: 2,
            gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr", lg: "2fr 2fr 1fr 1fr 1fr" },
          }}
        >
          <TextField
            name="actor"
            size="small"
            label={t("actor")}
            defaultValue={filters.actor ?? ""}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <TextField
            name="action"
            size="small"
            label={t("action")}
            defaultValue={filters.action ?? ""}
            slotProps={{ htmlInput: { maxLength: 100, pattern: "[A-Za-z0-9.\\-]*" } }}
          />
          <TextField
            select
            name="entity"
            size="small"
            label={t("entity")}
            defaultValue={filters.entity ?? ""}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="">{t("anyEntity")}</option>
            {AUDIT_ENTITIES.map((entity) => (
              <option key={entity} value={entity}>
                {entity}
              </option>
            ))}
          </TextField>
          <TextField
            name="from"
            type="date"
            size="small"
            label={t("from")}
            defaultValue={filters.from ?? ""}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            name="to"
            type="date"
            size="small"
            label={t("to")}
            defaultValue={filters.to ?? ""}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Box>
        {filters.entityId && <input type="hidden" name="entityId" value={filters.entityId} />}
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 2, flexWrap: "wrap" }}>
          <Button type="submit" variant="contained">
            {t("apply")}
          </Button>
          {filtered && <LinkButton href={basePath}>{t("reset")}</LinkButton>}
          <ListExportButtons kind="audit" filters={Object.fromEntries(new URLSearchParams(search()))} />
        </Stack>
      </Card>
      {items.length === 0 ? (
        filtered || cursor ? (
          <Alert severity="info">{t("emptyFiltered")}</Alert>
        ) : (
          <EmptyState title={t("emptyTitle")} hint={t("emptyHint")} action={t("emptyAction")} href="/dashboard" />
        )
      ) : (
        <Card sx={{ overflowX: "auto" }}>
          <Table size="small" aria-label={t("filters")}>
            <TableHead>
              <TableRow>
                <TableCell>{t("columns.when")}</TableCell>
                <TableCell>{t("columns.actor")}</TableCell>
                <TableCell sx={WIDE}>{t("columns.action")}</TableCell>
                <TableCell sx={WIDE}>{t("columns.entity")}</TableCell>
                <TableCell sx={WIDE}>{t("columns.ip")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((entry) => (
                <AuditRow
                  key={entry.id}
                  entry={entry}
                  when={format.dateTime(entry.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                />
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        {cursor && <LinkButton href={`${basePath}?${search()}`}>{t("first")}</LinkButton>}
        {nextCursor && <LinkButton href={`${basePath}?${search({ cursor: nextCursor })}`}>{t("next")}</LinkButton>}
      </Stack>
    </>
  );
}

async function AuditRow({ entry, when }: { entry: AuditEntry; when: string }) {
  const t = await getTranslations("admin.audit");
  return (
    <>
      <TableRow data-testid="audit-row" sx={{ "& > td": { borderBottom: "none" } }}>
        <TableCell sx={{ whiteSpace: "nowrap", verticalAlign: "top" }}>
          {when}
          <Typography variant="body2" sx={{ display: { md: "none" }, fontFamily: "monospace" }}>
            {entry.action}
          </Typography>
        </TableCell>
        <TableCell sx={{ verticalAlign: "top", overflowWrap: "anywhere" }}>
          {entry.actor ? (
            <>
              {entry.actor.name}
              <Typography variant="body2" color="text.secondary">
                {entry.actor.email}
              </Typography>
            </>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t("system")}
            </Typography>
          )}
        </TableCell>
        <TableCell sx={{ ...WIDE, fontFamily: "monospace" }}>{entry.action}</TableCell>
        <TableCell sx={{ ...WIDE, overflowWrap: "anywhere" }}>
          {entry.entity}
          <Typography variant="body2" color="text.secondary" sx={{ fontFamily: "monospace" }}>
            {entry.entityId}
          </Typography>
        </TableCell>
        <TableCell sx={WIDE}>{entry.ip ?? "—"}</TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={5} sx={{ pt: 0 }}>
          <AuditDiff
            before={entry.before}
            after={entry.after}
            entity={`${entry.entity} ${entry.entityId}`}
            ip={entry.ip}
          />
        </TableCell>
      </TableRow>
    </>
  );
}

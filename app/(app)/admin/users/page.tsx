import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { UserAdminActions } from "@/components/identity/user-admin-actions";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { visuallyHidden } from "@/components/ui/visually-hidden";
import { listUsers, USER_ROLES, USER_STATES } from "@/lib/identity/list-users";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("users") };
}

type Params = { cursor?: string; q?: string; role?: string; state?: string };

/** The URL's filters, keeping only values the list accepts (an edited URL shows everyone, not an error). */
function filtersOf(params: Params) {
  const one = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
    allowed.includes(value as T) ? (value as T) : undefined;
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  return { q: q || undefined, role: one(params.role, USER_ROLES), state: one(params.state, USER_STATES) };
}

/** Columns left out on phones (the e-mail moves under the name). */
const WIDE = { display: { xs: "none", sm: "table-cell" } } as const;
const STATE_COLOR = { active: "success", disabled: "error", unconfirmed: "warning" } as const;

export default async function UsersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const filters = filtersOf(params);
  const cursor = typeof params.cursor === "string" ? params.cursor.slice(0, 200) : undefined;
  const actor = await pageActor();
  const page = await forPage(listUsers(actor, { ...filters, cursor, limit: 50 }));
  const [t, tu, format] = await Promise.all([getTranslations(), getTranslations("admin.users"), getFormatter()]);
  const query = (extra: Record<string, string | undefined>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) search.set(key, value);
    return `?${search.toString()}`;
  };
  const filtered = Boolean(filters.q || filters.role || filters.state);

  return (
    <>
      <PageHeader title={t("nav.users")} lead={tu("lead")} />
      <Card component="form" method="get" role="search" aria-label={tu("search")} sx={{ p: 2, mb: 2 }}>
        <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "center" } }}>
          <TextField
            name="q"
            type="search"
            size="small"
            label={tu("search")}
            defaultValue={filters.q ?? ""}
            slotProps={{ htmlInput: { maxLength: 100 } }}
            sx={{ flexGrow: 1 }}
          />
          <TextField
            select
            name="role"
            size="small"
            label={tu("role")}
            defaultValue={filters.role ?? ""}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ minWidth: 200 }}
          >
            <option value="">{tu("all")}</option>
            {USER_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </TextField>
          <TextField
            select
            name="state"
            size="small"
            label={tu("state")}
            defaultValue={filters.state ?? ""}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ minWidth: 160 }}
          >
            <option value="">{tu("all")}</option>
            {USER_STATES.map((state) => (
              <option key={state} value={state}>
                {tu(`states.${state}`)}
              </option>
            ))}
          </TextField>
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained">
              {tu("apply")}
            </Button>
            {filtered && <LinkButton href="/admin/users">{tu("reset")}</LinkButton>}
          </Stack>
        </Stack>
      </Card>
      {page.items.length === 0 ? (
        <Alert severity="info">{tu("empty")}</Alert>
      ) : (
        <Card sx={{ overflowX: "auto" }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t("auth.name")}</TableCell>
                <TableCell sx={WIDE}>{t("auth.email")}</TableCell>
                <TableCell>{t("profile.role")}</TableCell>
                <TableCell>{tu("state")}</TableCell>
                <TableCell sx={WIDE}>{tu("created")}</TableCell>
                <TableCell>
                  <Box component="span" sx={visuallyHidden}>
                    {tu("actions.column")}
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {page.items.map((user) => {
                const state = user.disabledAt ? "disabled" : user.emailVerified ? "active" : "unconfirmed";
                return (
                  <TableRow key={user.id} data-testid="user-row">
                    <TableCell>
                      {user.name}
                      <Typography
                        variant="body2"
                        color="text.secondary"
                        sx={{ display: { sm: "none" }, overflowWrap: "anywhere" }}
                      >
                        {user.email}
                      </Typography>
                    </TableCell>
                    <TableCell sx={WIDE}>{user.email}</TableCell>
                    <TableCell>{t(`roles.${user.role}`)}</TableCell>
                    <TableCell>
                      <Chip size="small" variant="outlined" color={STATE_COLOR[state]} label={tu(`states.${state}`)} />
                    </TableCell>
                    <TableCell sx={{ ...WIDE, whiteSpace: "nowrap" }}>
                      {format.dateTime(user.createdAt, { dateStyle: "medium" })}
                    </TableCell>
                    <TableCell align="right" sx={{ py: 0 }}>
                      <UserAdminActions user={user} state={state} self={user.id === actor.userId} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Card>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        {cursor && <LinkButton href={query({})}>{tu("first")}</LinkButton>}
        {page.nextCursor && <LinkButton href={query({ cursor: page.nextCursor })}>{tu("next")}</LinkButton>}
      </Stack>
    </>
  );
}

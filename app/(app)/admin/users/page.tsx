import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listUsers } from "@/lib/identity/list-users";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const page = await forPage(listUsers(await pageActor(), { cursor: (await searchParams).cursor, limit: 50 }));
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("nav.users")} />
      <Card sx={{ overflowX: "auto" }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t("auth.name")}</TableCell>
              <TableCell>{t("auth.email")}</TableCell>
              <TableCell>{t("profile.role")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.items.map((user) => (
              <TableRow key={user.id}>
                <TableCell>{user.name}</TableCell>
                <TableCell>
                  {user.email} {!user.emailVerified && <Chip size="small" label={t("profile.notVerified")} />}
                </TableCell>
                <TableCell>{t(`roles.${user.role}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      {page.nextCursor && (
        <LinkButton href={`?cursor=${page.nextCursor}`} sx={{ mt: 2 }}>
          {t("admin.users.next")}
        </LinkButton>
      )}
    </>
  );
}

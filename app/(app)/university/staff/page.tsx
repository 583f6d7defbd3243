import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InvitationActions } from "@/components/universities/invitation-actions";
import { InviteStaffForm } from "@/components/universities/invite-staff-form";
import { InviteSupervisorForm } from "@/components/universities/invite-supervisor-form";
import { WIDE_ONLY } from "@/components/universities/wide-only";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { listDepartments } from "@/lib/universities/list-departments";
import { listSupervisors } from "@/lib/universities/list-supervisors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("universities.supervisors"))("title") };
}

/** The university admin's staff: invite supervisors (or another admin), see who is in, resend or cancel what is pending. */
export default async function StaffPage() {
  const me = await pageActor("UNIVERSITY_ADMIN");
  const universityId = me.university?.id ?? "-";
  const [{ university, items, invitations }, structure, t, roles, format] = await Promise.all([
    forPage(listSupervisors(me, universityId)),
    forPage(listDepartments(me, universityId)),
    getTranslations("universities.supervisors"),
    getTranslations("roles"),
    getFormatter(),
  ]);
  const departments = structure.items.map(({ id, name }) => ({ id, name }));
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  // Rows keyed by address: a resent invitation (a new id) keeps its row and the message said about it.
  const seen = new Set<string>();
  const keyOf = (invitation: { id: string; email: string }) =>
    seen.has(invitation.email) ? invitation.id : (seen.add(invitation.email), invitation.email);

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { university: university.name })} />
      <Stack spacing={3} sx={{ maxWidth: 1000 }}>
        <Card>
          <CardContent>
            <Typography variant="h2" gutterBottom>
              {t("inviteTitle")}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t("inviteHint")}
            </Typography>
            <InviteSupervisorForm universityId={university.id} departments={departments} />
          </CardContent>
        </Card>

        <Card component="section" aria-labelledby="pending-invitations">
          <CardContent>
            <Typography variant="h2" id="pending-invitations" gutterBottom>
              {t("pendingTitle")}
            </Typography>
            {invitations.length === 0 && <Typography color="text.secondary">{t("pendingEmpty")}</Typography>}
          </CardContent>
          {invitations.length > 0 && (
            <Stack component="ul" sx={{ listStyle: "none", m: 0, p: 0 }}>
              {invitations.map((invitation) => (
                <Stack
                  component="li"
                  key={keyOf(invitation)}
                  direction={{ xs: "column", sm: "row" }}
                  spacing={1}
                  sx={{ px: 2, py: 1.5, borderTop: 1, borderColor: "divider", justifyContent: "space-between" }}
                >
                  <div>
                    <Typography sx={{ fontWeight: 500, overflowWrap: "anywhere" }}>
                      {invitation.name ? `${invitation.name} — ${invitation.email}` : invitation.email}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {roles(invitation.role as "UNIVERSITY_SUPERVISOR")}
                      {invitation.department && ` · ${invitation.department.name}`}
                    </Typography>
                    <Typography variant="body2" color={invitation.expired ? "error" : "text.secondary"}>
                      {t("sent", { date: date(invitation.sentAt) })} ·{" "}
                      {t(invitation.expired ? "expired" : "expires", { date: date(invitation.expiresAt) })}
                    </Typography>
                  </div>
                  <InvitationActions universityId={university.id} invitation={invitation} />
                </Stack>
              ))}
            </Stack>
          )}
        </Card>

        <Card component="section" aria-labelledby="staff-members">
          <CardContent sx={{ pb: 0 }}>
            <Typography variant="h2" id="staff-members" gutterBottom>
              {t("staffTitle")}
            </Typography>
          </CardContent>
          <Stack sx={{ overflowX: "auto" }}>
            <Table size="small" aria-labelledby="staff-members">
              <TableHead>
                <TableRow>
                  <TableCell>{t("name")}</TableCell>
                  <TableCell sx={WIDE_ONLY}>{t("role")}</TableCell>
                  <TableCell sx={WIDE_ONLY}>{t("department")}</TableCell>
                  <TableCell align="right">{t("interns")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((member) => (
                  <TableRow key={member.id}>
                    <TableCell component="th" scope="row">
                      {member.name}
                      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
                        {member.email}
                      </Typography>
                      <Typography variant="body2" color="text.secondary" sx={{ display: { sm: "none" } }}>
                        {roles(member.role)}
                        {member.department && ` · ${member.department.name}`}
                      </Typography>
                    </TableCell>
                    <TableCell sx={WIDE_ONLY}>
                      <Chip size="small" variant="outlined" label={roles(member.role)} />
                    </TableCell>
                    <TableCell sx={WIDE_ONLY}>{member.department?.name ?? "—"}</TableCell>
                    <TableCell align="right">{member.currentInterns}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Stack>
        </Card>

        <Card>
          <CardContent>
            <Typography variant="h2" gutterBottom>
              {t("adminTitle")}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t("adminHint")}
            </Typography>
            <InviteStaffForm universityId={university.id} />
          </CardContent>
        </Card>
      </Stack>
    </>
  );
}

import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/identity/actor";
import { listVisits } from "@/lib/internships/list-visits";
import { dayKey, utcToday } from "@/lib/internships/weeks";
import { VisitChanges } from "./visit-changes";
import { PickVisitSlot, ProposeVisitForm, VisitReportForm } from "./visit-forms";

/**
 * The internship page's visits and calls: each with its dates offered (the tutor or the student
 * picks one), its date and calendar invitation once picked, its report once held; the supervisor
 * offers dates and reports.
 */
export async function InternshipVisits({
  actor,
  internshipId,
  can,
  ended,
}: {
  actor: Actor;
  internshipId: string;
  can: readonly string[];
  ended: boolean;
}) {
  const [visits, t, format] = await Promise.all([
    listVisits(actor, internshipId),
    getTranslations("internships.visits"),
    getFormatter(),
  ]);
  const when = (d: Date, zone: string) =>
    t("scheduledOn", { date: format.dateTime(d, { dateStyle: "full", timeStyle: "short", timeZone: zone }), zone });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <section aria-labelledby="visits" style={{ marginTop: 32 }}>
      <Typography id="visits" variant="h2" gutterBottom>
        {t("title")}
      </Typography>
      {visits.length === 0 && <Typography color="text.secondary">{t("none")}</Typography>}
      <Stack component="ul" spacing={1.5} sx={{ listStyle: "none", p: 0, m: 0 }}>
        {visits.map((visit) => (
          <li key={visit.id}>
            <Card variant="outlined">
              <CardContent>
                <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
                  <Typography variant="h3" component="h3" sx={{ fontSize: "1.05rem" }}>
                    {t(`kind.${visit.kind}`)}
                    {visit.plannedAt ? ` · ${when(visit.plannedAt, visit.timeZone)}` : ""}
                  </Typography>
                  <Chip size="small" label={t(`status.${visit.status}`)} />
                </Stack>
                <Typography variant="body2" color="text.secondary">
                  {[t("by", { name: visit.supervisorName }), visit.location ?? visit.meetingUrl]
                    .filter(Boolean)
                    .join(" · ")}
                </Typography>
                {visit.status === "PROPOSED" &&
                  (can.includes("pickVisitSlot") && !ended ? (
                    <PickVisitSlot
                      internshipId={internshipId}
                      visitId={visit.id}
                      timeZone={visit.timeZone}
                      slots={visit.slots.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), open: s.open }))}
                    />
                  ) : (
                    <Typography variant="body2" sx={{ mt: 1 }}>
                      {t("waiting")}
                    </Typography>
                  ))}
                {visit.plannedAt && visit.status !== "CANCELLED" && (
                  <Link
                    href={`/api/v1/internships/${internshipId}/visits/${visit.id}/invite.ics`}
                    sx={{ display: "inline-block", mt: 1 }}
                  >
                    {t("invite")}
                  </Link>
                )}
                {visit.status === "DONE" && visit.doneAt && (
                  <Stack spacing={0.5} sx={{ mt: 1 }}>
                    <Typography variant="body2">
                      {t("reportOf", { date: day(visit.doneAt), mode: t(`mode.${visit.mode ?? "ON_SITE"}`) })}
                    </Typography>
                    <Typography sx={{ whiteSpace: "pre-wrap" }}>{visit.report}</Typography>
                    {visit.followUp && (
                      <Typography variant="body2">{t("followUpOf", { text: visit.followUp })}</Typography>
                    )}
                  </Stack>
                )}
                {(visit.status === "PROPOSED" || visit.status === "SCHEDULED") &&
                  can.includes("cancelVisit") &&
                  !ended && (
                    <VisitChanges
                      internshipId={internshipId}
                      visitId={visit.id}
                      movable={visit.status === "SCHEDULED" && Boolean(visit.plannedAt && visit.plannedAt > new Date())}
                    />
                  )}
                {visit.status === "SCHEDULED" &&
                  can.includes("reportVisit") &&
                  visit.plannedAt &&
                  visit.plannedAt <= new Date() && (
                    <VisitReportForm internshipId={internshipId} visitId={visit.id} day={dayKey(utcToday())} />
                  )}
              </CardContent>
            </Card>
          </li>
        ))}
      </Stack>
      {can.includes("proposeVisit") && !ended && (
        <Stack sx={{ mt: 2 }}>
          <Typography variant="h3" component="h3" sx={{ fontSize: "1.1rem", mb: 1 }}>
            {t("propose")}
          </Typography>
          <ProposeVisitForm internshipId={internshipId} />
        </Stack>
      )}
    </section>
  );
}

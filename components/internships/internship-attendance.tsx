import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import type { InternshipView } from "@/lib/internships/get-internship";

const RECENT = 14;

/** The attendance totals against the agreement's hours, and the days recorded lately. */
export function InternshipAttendance({ internship }: { internship: InternshipView }) {
  const t = useTranslations("internships.attendance");
  const statuses = useTranslations("internships.attendanceStatus");
  const reasons = useTranslations("internships.absenceReason");
  const format = useFormatter();
  const { totals, days } = internship.attendance;
  const absences = Object.entries(totals.absences)
    .map(([reason, count]) => `${reasons(reason)} (${count})`)
    .join(", ");
  return (
    <Stack spacing={1}>
      <Typography>
        {t("hours", { done: totals.hoursDone, expected: totals.hoursExpected, weekly: totals.weeklyHours })}
      </Typography>
      <Typography color="text.secondary">
        {t("counts", { present: totals.present, remote: totals.remote, absent: totals.absent })}
      </Typography>
      {absences && <Typography color="text.secondary">{t("absences", { list: absences })}</Typography>}
      {days.length === 0 ? (
        <Typography color="text.secondary">{t("empty")}</Typography>
      ) : (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ pt: 1 }}>
            {t("recent")}
          </Typography>
          <ul style={{ margin: 0 }}>
            {days.slice(0, RECENT).map((day) => (
              <li key={day.id}>
                <Typography variant="body2">
                  {t("dayLine", {
                    date: format.dateTime(day.date, { dateStyle: "medium", timeZone: "UTC" }),
                    status: statuses(day.status),
                  })}
                  {day.absenceReason && ` · ${reasons(day.absenceReason)}`}
                  {day.hours ? ` · ${day.hours} h` : ""}
                  {day.note && ` · ${day.note}`}
                </Typography>
              </li>
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}

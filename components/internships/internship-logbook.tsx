import Alert from "@mui/material/Alert";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import type { InternshipView } from "@/lib/internships/get-internship";
import { CommentForm } from "./comment-form";
import { LogbookAttachments } from "./logbook-attachments";
import { LogbookText } from "./logbook-text";

/** The logbook as every party sees it: the weeks missing, then each week (its formatted text, files, comments). */
export function InternshipLogbook({ internship }: { internship: InternshipView }) {
  const t = useTranslations("internships.logbook");
  const roles = useTranslations("internships.roles");
  const format = useFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const { weeks, missingWeeks } = internship.logbook;
  const canComment = internship.can.includes("comment");
  const canAttach = internship.status === "ACTIVE" && internship.can.includes("writeLogbook");
  return (
    <Stack spacing={2}>
      {missingWeeks.length > 0 ? (
        <Alert severity="warning">
          <Typography component="h3" variant="subtitle2">
            {t("missingTitle")}
          </Typography>
          {t("missingCount", { count: missingWeeks.length })}{" "}
          {missingWeeks.map((monday) => t("weekOf", { date: day(monday) })).join(", ")}
        </Alert>
      ) : (
        internship.status !== "PLANNED" && <Typography color="text.secondary">{t("missingNone")}</Typography>
      )}
      {weeks.length === 0 && <Typography color="text.secondary">{t("empty")}</Typography>}
      {weeks.map((week) => (
        <Card key={week.id} variant="outlined" component="article" aria-labelledby={`week-${week.id}`}>
          <CardContent>
            <Typography id={`week-${week.id}`} variant="h3" component="h3" sx={{ fontSize: "1.05rem" }}>
              {t("weekOf", { date: day(week.weekStart) })}
              {week.hours !== null && ` · ${t("hoursValue", { hours: week.hours })}`}
            </Typography>
            <Typography variant="subtitle2" component="h4" sx={{ mt: 1 }}>
              {t("summary")}
            </Typography>
            <LogbookText text={week.summary} />
            {week.learnings && (
              <>
                <Typography variant="subtitle2" component="h4" sx={{ mt: 1 }}>
                  {t("learnings")}
                </Typography>
                <LogbookText text={week.learnings} />
              </>
            )}
            <LogbookAttachments
              internshipId={internship.id}
              weekId={week.id}
              attachments={week.attachments}
              editable={canAttach}
            />
            <Typography variant="subtitle2" component="h4" sx={{ mt: 2 }}>
              {t("comments")}
            </Typography>
            {week.comments.length === 0 && (
              <Typography variant="body2" color="text.secondary">
                {t("noComments")}
              </Typography>
            )}
            {week.comments.map((comment) => (
              <Typography key={comment.id} variant="body2" component="div" sx={{ mt: 1 }}>
                <Typography variant="caption" color="text.secondary" component="div">
                  {t("by", {
                    name: comment.authorName ?? "—",
                    role: roles(comment.authorRole),
                    date: format.dateTime(comment.createdAt, { dateStyle: "medium" }),
                  })}
                </Typography>
                <span style={{ whiteSpace: "pre-line" }}>{comment.body}</span>
              </Typography>
            ))}
            {canComment && <CommentForm internshipId={internship.id} weekId={week.id} />}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}

import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getLocale, getTranslations } from "next-intl/server";
import { RemoveBackgroundEntry } from "./remove-background-entry";

type Background = {
  experiences: { id: string; employer: string; role: string; startDate: Date | null; endDate: Date | null }[];
  languages: { language: string; level: string | null }[];
};

/** The jobs and languages on the student's profile (typed or accepted from a CV or LinkedIn). */
export async function BackgroundList({ background }: { background: Background }) {
  const t = await getTranslations("students.import");
  const locale = await getLocale();
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const month = (date: Date | null) =>
    date ? date.toLocaleDateString(locale, { month: "short", year: "numeric", timeZone: "UTC" }) : null;
  return (
    <Stack spacing={2}>
      {background.experiences.length === 0 && <Typography color="text.secondary">{t("noExperience")}</Typography>}
      <Stack component="ul" spacing={0.5} sx={{ listStyle: "none", p: 0, m: 0 }}>
        {background.experiences.map((job) => (
          <Typography component="li" key={job.id}>
            {t("experienceLine", { role: job.role, employer: job.employer })}
            {(job.startDate || job.endDate) && (
              <Typography component="span" color="text.secondary">
                {" "}
                ({t("period", { start: month(job.startDate) ?? "?", end: month(job.endDate) ?? t("ongoing") })})
              </Typography>
            )}
            <RemoveBackgroundEntry
              kind="experience"
              id={job.id}
              label={t("removeExperience", { role: job.role, employer: job.employer })}
              success={t("experienceRemoved")}
            />
          </Typography>
        ))}
      </Stack>
      {background.languages.length === 0 && <Typography color="text.secondary">{t("noLanguage")}</Typography>}
      <Stack component="ul" spacing={0.5} sx={{ listStyle: "none", p: 0, m: 0 }}>
        {background.languages.map((entry) => (
          <Typography component="li" key={entry.language}>
            {t("languageLine", {
              language: names.of(entry.language) ?? entry.language,
              level: entry.level === "NATIVE" ? t("native") : (entry.level ?? t("noLevel")),
            })}
            <RemoveBackgroundEntry
              kind="language"
              id={entry.language}
              label={t("removeLanguage", { language: names.of(entry.language) ?? entry.language })}
              success={t("languageRemoved")}
            />
          </Typography>
        ))}
      </Stack>
    </Stack>
  );
}

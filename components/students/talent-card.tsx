import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { fieldKey } from "@/lib/offers/offer-options";
import type { TalentProfile } from "@/lib/students/search-student-profiles";

/** One visible profile in the talent search; the skills asked for come first and stand out. */
export async function TalentCard({ profile, wanted }: { profile: TalentProfile; wanted: string[] }) {
  const t = await getTranslations("students.talents.card");
  const offers = await getTranslations("offers");
  const levels = await getTranslations("universities.level");
  const format = await getFormatter();
  const day = (date: Date | string) => format.dateTime(new Date(date), { dateStyle: "medium", timeZone: "UTC" });
  const isWanted = (name: string) => wanted.some((skill) => skill.toLowerCase() === name.toLowerCase());
  const skills = [...profile.skills].sort((a, b) => Number(isWanted(b.name)) - Number(isWanted(a.name)));
  const studies = [
    profile.program && `${profile.program.name} (${levels(profile.program.level)})`,
    profile.university?.name,
  ].filter(Boolean);
  const fields = [profile.fieldOfStudy, ...profile.wishedFields]
    .filter((field, i, all): field is string => Boolean(field) && all.indexOf(field) === i)
    .map((field) => (offers.has(`fields.${fieldKey(field)}`) ? offers(`fields.${fieldKey(field)}`) : field));
  const { availableFrom: from, availableTo: to } = profile;
  const availability =
    from && to
      ? t("available", { from: day(from), to: day(to) })
      : from
        ? t("availableFrom", { from: day(from) })
        : to
          ? t("availableTo", { to: day(to) })
          : null;

  return (
    <Card component="article" data-testid="talent" sx={{ height: "100%" }}>
      <CardContent>
        <Typography variant="h3" component="h2">
          {profile.name}
        </Typography>
        {profile.headline && <Typography sx={{ mt: 0.5 }}>{profile.headline}</Typography>}
        <Stack spacing={0.5} sx={{ mt: 1, color: "text.secondary" }}>
          {studies.length > 0 && <Typography variant="body2">{studies.join(" · ")}</Typography>}
          {fields.length > 0 && <Typography variant="body2">{t("fields", { fields: fields.join(", ") })}</Typography>}
          {(profile.city || profile.wishedPlaces.length > 0) && (
            <Typography variant="body2">
              {[
                profile.city,
                profile.wishedPlaces.length > 0 && t("places", { places: profile.wishedPlaces.join(", ") }),
              ]
                .filter(Boolean)
                .join(" · ")}
            </Typography>
          )}
          {availability && <Typography variant="body2">{availability}</Typography>}
        </Stack>
        {profile.bio && (
          <Typography
            variant="body2"
            sx={{ mt: 1, display: "-webkit-box", WebkitLineClamp: 3, WebkitBoxOrient: "vertical", overflow: "hidden" }}
          >
            {profile.bio}
          </Typography>
        )}
        {skills.length > 0 && (
          <Stack
            component="ul"
            aria-label={t("skills")}
            direction="row"
            useFlexGap
            sx={{ flexWrap: "wrap", gap: 0.75, listStyle: "none", p: 0, m: 0, mt: 1.5 }}
          >
            {skills.map((skill) => (
              <li key={skill.name}>
                <Chip
                  size="small"
                  label={skill.name}
                  color={isWanted(skill.name) ? "primary" : "default"}
                  variant={isWanted(skill.name) ? "filled" : "outlined"}
                />
              </li>
            ))}
          </Stack>
        )}
        <Stack sx={{ mt: 2 }} spacing={1}>
          {profile.applicationId ? (
            <LinkButton
              href={`/enterprise/applications/${profile.applicationId}`}
              variant="outlined"
              size="small"
              sx={{ alignSelf: "flex-start" }}
            >
              {t("seeApplication")}
            </LinkButton>
          ) : (
            <Typography variant="caption" color="text.secondary">
              {t("noContact")}
            </Typography>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

import CheckCircle from "@mui/icons-material/CheckCircle";
import RadioButtonUnchecked from "@mui/icons-material/RadioButtonUnchecked";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import LinearProgress from "@mui/material/LinearProgress";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { visuallyHidden } from "@/components/ui/visually-hidden";
import type { profileCompleteness } from "@/lib/students/profile-completeness";

/** How complete the profile is, and a link to each section still to fill; says so when all is done. */
export async function ProfileCompletenessCard({
  completeness: { percent, items },
  href = "",
}: {
  completeness: ReturnType<typeof profileCompleteness>;
  /** The profile page's path when shown elsewhere (the dashboard); the links are then to its sections. */
  href?: string;
}) {
  const t = await getTranslations("students.completeness");
  return (
    <Card component="section" aria-labelledby="completeness-title">
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: "space-between", alignItems: "baseline", mb: 1 }}>
          <Typography id="completeness-title" variant="h2">
            {t("title")}
          </Typography>
          <Typography sx={{ fontWeight: 700 }}>{t("percent", { percent })}</Typography>
        </Stack>
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-labelledby="completeness-title"
          sx={{ height: 8, borderRadius: 4, mb: 2 }}
        />
        {percent === 100 ? (
          <Typography color="text.secondary">{t("done")}</Typography>
        ) : (
          <>
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              {t("lead")}
            </Typography>
            <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0, columns: { sm: 2 } }}>
              {items.map((item) => (
                <Stack component="li" key={item.key} direction="row" spacing={1} sx={{ alignItems: "center", py: 0.5 }}>
                  {item.done ? (
                    <CheckCircle color="success" fontSize="small" aria-hidden />
                  ) : (
                    <RadioButtonUnchecked color="action" fontSize="small" aria-hidden />
                  )}
                  {item.done ? (
                    <Typography color="text.secondary">
                      {t(`items.${item.key}`)}{" "}
                      <Box component="span" sx={visuallyHidden}>
                        {t("itemDone")}
                      </Box>
                    </Typography>
                  ) : (
                    <Link href={`${href}#${item.section}`}>{t(`items.${item.key}`)}</Link>
                  )}
                </Stack>
              ))}
            </Box>
          </>
        )}
      </CardContent>
    </Card>
  );
}

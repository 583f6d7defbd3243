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
import type { OnboardingStep } from "@/lib/reports/enterprise-onboarding";

/** A new enterprise's first steps on its dashboard: each ticked when done, the others links to where to do them. */
export async function OnboardingChecklist({ steps }: { steps: OnboardingStep[] }) {
  const t = await getTranslations("dashboard.onboarding");
  const done = steps.filter((step) => step.done).length;
  return (
    <Card component="section" aria-labelledby="onboarding-title" sx={{ mb: 3 }}>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: "space-between", alignItems: "baseline", mb: 1 }}>
          <Typography id="onboarding-title" variant="h2">
            {t("title")}
          </Typography>
          <Typography sx={{ fontWeight: 700 }}>{t("progress", { done, total: steps.length })}</Typography>
        </Stack>
        <LinearProgress
          variant="determinate"
          value={(100 * done) / steps.length}
          aria-labelledby="onboarding-title"
          sx={{ height: 8, borderRadius: 4, mb: 2 }}
        />
        <Box component="ol" sx={{ listStyle: "none", p: 0, m: 0 }}>
          {steps.map((step) => (
            <Stack
              component="li"
              key={step.key}
              direction="row"
              spacing={1}
              sx={{ alignItems: "flex-start", py: 0.75 }}
            >
              {step.done ? (
                <CheckCircle color="success" fontSize="small" aria-hidden sx={{ mt: 0.25 }} />
              ) : (
                <RadioButtonUnchecked color="action" fontSize="small" aria-hidden sx={{ mt: 0.25 }} />
              )}
              <div>
                {step.done ? (
                  <Typography color="text.secondary">
                    {t(`steps.${step.key}.title`)}{" "}
                    <Box component="span" sx={visuallyHidden}>
                      {t("done")}
                    </Box>
                  </Typography>
                ) : (
                  <>
                    <Link href={step.href} sx={{ fontWeight: 500 }}>
                      {t(`steps.${step.key}.title`)}
                    </Link>
                    <Typography variant="body2" color="text.secondary">
                      {t(`steps.${step.key}.hint`)}
                    </Typography>
                  </>
                )}
              </div>
            </Stack>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}

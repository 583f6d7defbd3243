import Apartment from "@mui/icons-material/Apartment";
import CheckCircle from "@mui/icons-material/CheckCircleOutlined";
import AccountBalance from "@mui/icons-material/AccountBalanceOutlined";
import School from "@mui/icons-material/SchoolOutlined";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";

const AUDIENCES = [
  { key: "students", Icon: School, action: "/offers", secondary: "/register?role=STUDENT" },
  { key: "enterprises", Icon: Apartment, action: "/register?role=ENTERPRISE", secondary: "/enterprises" },
  { key: "universities", Icon: AccountBalance, action: "/sign-in", secondary: null },
] as const;

/** What students, enterprises and universities each get, with the way in for each. */
export async function AudienceCards() {
  const t = await getTranslations("home");
  return (
    <section aria-labelledby="audiences-title">
      <Typography variant="h2" id="audiences-title" sx={{ mb: 2 }}>
        {t("audiences")}
      </Typography>
      <Grid container spacing={2}>
        {AUDIENCES.map(({ key, Icon, action, secondary }) => (
          <Grid key={key} size={{ xs: 12, md: 4 }}>
            <Card component="article" aria-labelledby={`audience-${key}`} sx={{ height: "100%" }}>
              <CardContent sx={{ display: "flex", flexDirection: "column", height: "100%", gap: 2 }}>
                <Stack direction="row" spacing={1.5} sx={{ alignItems: "center" }}>
                  <Icon color="primary" fontSize="large" aria-hidden />
                  <Typography variant="h3" id={`audience-${key}`}>
                    {t(`${key}.title`)}
                  </Typography>
                </Stack>
                <Stack component="ul" spacing={1} sx={{ listStyle: "none", p: 0, m: 0, flexGrow: 1 }}>
                  {(["point1", "point2", "point3"] as const).map((point) => (
                    <Stack component="li" key={point} direction="row" spacing={1}>
                      <CheckCircle color="success" fontSize="small" aria-hidden sx={{ mt: 0.25 }} />
                      <Typography>{t(`${key}.${point}`)}</Typography>
                    </Stack>
                  ))}
                </Stack>
                <Stack spacing={1}>
                  <LinkButton href={action} variant="contained">
                    {t(`${key}.action`)}
                  </LinkButton>
                  {secondary && (
                    <LinkButton href={secondary} variant="outlined">
                      {t(`${key}.secondary`)}
                    </LinkButton>
                  )}
                </Stack>
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
    </section>
  );
}

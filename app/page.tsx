import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { sessionActor } from "@/lib/identity/current-actor";

export default async function HomePage() {
  if (await sessionActor()) redirect("/dashboard");
  const t = await getTranslations();
  return (
    <Box sx={{ minHeight: "100dvh", display: "flex", flexDirection: "column" }}>
      <Stack direction="row" component="header" sx={{ p: 2, alignItems: "center", gap: 1 }}>
        <Typography variant="h6" component="p" sx={{ flexGrow: 1, fontWeight: 700 }}>
          {t("app.name")}
        </Typography>
        <LanguageSwitcher />
        <ThemeToggle />
        <LinkButton href="/sign-in">{t("nav.signIn")}</LinkButton>
      </Stack>
      <Container
        component="main"
        id="main"
        maxWidth="md"
        sx={{ flexGrow: 1, display: "flex", flexDirection: "column", justifyContent: "center", py: 6 }}
      >
        <Typography variant="h1" sx={{ fontSize: { xs: "2rem", md: "2.8rem" }, mb: 2 }}>
          {t("home.title")}
        </Typography>
        <Typography variant="h2" component="p" color="text.secondary" sx={{ fontWeight: 400, mb: 4 }}>
          {t("home.lead")}
        </Typography>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ mb: 4 }}>
          <LinkButton href="/register?role=STUDENT" variant="contained" size="large">
            {t("home.student")}
          </LinkButton>
          <LinkButton href="/register?role=ENTERPRISE" variant="outlined" size="large">
            {t("home.enterprise")}
          </LinkButton>
          <LinkButton href="/sign-in" size="large">
            {t("home.university")}
          </LinkButton>
        </Stack>
        <Typography color="text.secondary">
          <strong>{t("home.stepsTitle")} :</strong> {t("home.steps")}
        </Typography>
      </Container>
    </Box>
  );
}

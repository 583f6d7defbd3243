import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BrandLink } from "./brand-link";
import { LanguageSwitcher } from "./language-switcher";
import { ThemeToggle } from "./theme-toggle";

/** The centred card of the sign-in, registration and account-link pages, under the logo (home) and the switches. */
export async function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <Box sx={{ minHeight: "100dvh", display: "flex", flexDirection: "column" }}>
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <Stack
        component="header"
        direction="row"
        spacing={0.5}
        sx={{ alignItems: "center", px: { xs: 2, sm: 3 }, py: 1.5 }}
      >
        <BrandLink sx={{ flexGrow: 1 }} />
        <LanguageSwitcher />
        <ThemeToggle />
      </Stack>
      <Box
        component="main"
        id="main"
        sx={{
          flexGrow: 1,
          display: "grid",
          justifyItems: "center",
          alignItems: { xs: "start", sm: "center" },
          px: 2,
          pt: { xs: 1, sm: 2 },
          pb: { xs: 4, sm: 8 },
        }}
      >
        <Card sx={{ width: "100%", maxWidth: 440 }}>
          <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
            <Typography variant="h1" gutterBottom>
              {title}
            </Typography>
            {children}
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}

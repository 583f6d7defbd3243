"use client";
import { ThemeProvider } from "@mui/material/styles";
import CssBaseline from "@mui/material/CssBaseline";
import { AppRouterCacheProvider } from "@mui/material-nextjs/v16-appRouter";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useState, type ReactNode } from "react";
import { FlashProvider } from "./flash";
import { directionOf, styleCacheOptions } from "./style-direction";
import { rtlTheme, theme } from "./theme";

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }));
  const direction = directionOf(useLocale());
  // Keyed by direction: the cache is created once per provider, so switching to or from Arabic builds a new one.
  return (
    <AppRouterCacheProvider key={direction} options={styleCacheOptions(direction)}>
      <ThemeProvider theme={direction === "rtl" ? rtlTheme : theme} defaultMode="system">
        <CssBaseline enableColorScheme />
        <QueryClientProvider client={queryClient}>
          <FlashProvider>{children}</FlashProvider>
        </QueryClientProvider>
      </ThemeProvider>
    </AppRouterCacheProvider>
  );
}

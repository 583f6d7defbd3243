"use client";
import { createTheme, type ThemeOptions } from "@mui/material/styles";

/** Light and dark schemes through CSS variables, so the choice applies before hydration (no flash). */
const options: ThemeOptions = {
  cssVariables: { colorSchemeSelector: "class" },
  colorSchemes: {
    light: {
      palette: { primary: { main: "#3949ab" }, secondary: { main: "#00897b" }, background: { default: "#f6f7fb" } },
    },
    dark: { palette: { primary: { main: "#9fa8da" }, secondary: { main: "#4db6ac" } } },
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif',
    h1: { fontSize: "2rem", fontWeight: 700 },
    h2: { fontSize: "1.5rem", fontWeight: 600 },
    h3: { fontSize: "1.2rem", fontWeight: 600 },
  },
  components: {
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: "none" } } },
    MuiCard: { defaultProps: { variant: "outlined" } },
  },
};

export const theme = createTheme(options);
/** For Arabic: MUI lays components out right to left (with the RTL style cache of providers.tsx). */
export const rtlTheme = createTheme({ ...options, direction: "rtl" });

import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

/** A full-page message with a way on: not found, forbidden, errors. */
export function MessagePage({
  code,
  title,
  lead,
  children,
}: {
  code: string;
  title: string;
  lead: string;
  children: ReactNode;
}) {
  return (
    <Box
      component="main"
      id="main"
      sx={{ minHeight: "70dvh", display: "grid", placeItems: "center", p: 3, textAlign: "center" }}
    >
      <Stack spacing={2} sx={{ maxWidth: 520, alignItems: "center" }}>
        <Typography variant="h2" component="p" color="primary">
          {code}
        </Typography>
        <Typography variant="h1">{title}</Typography>
        <Typography color="text.secondary">{lead}</Typography>
        <Stack direction="row" spacing={2}>
          {children}
        </Stack>
      </Stack>
    </Box>
  );
}

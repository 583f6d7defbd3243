import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

/** One titled card of a settings page (the profiles); the id anchors it and lets the title label the region. */
export function SectionCard({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}) {
  return (
    <Card component="section" id={id} aria-labelledby={`${id}-title`} sx={{ scrollMarginTop: 80 }}>
      <CardContent>
        <Typography id={`${id}-title`} variant="h2" gutterBottom>
          {title}
        </Typography>
        {lead && (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {lead}
          </Typography>
        )}
        {children}
      </CardContent>
    </Card>
  );
}

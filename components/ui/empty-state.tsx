import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import { LinkButton } from "@/components/ui/link-button";

/** What a page shows when it has nothing to list (or a link led nowhere): why, and a way on. */
export function EmptyState({
  title,
  hint,
  action,
  href,
}: {
  title: string;
  hint: string;
  action: string;
  href: string;
}) {
  return (
    <Card>
      <CardContent sx={{ textAlign: "center", py: 5 }}>
        <Typography variant="h2" gutterBottom>
          {title}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3, maxWidth: 560, mx: "auto" }}>
          {hint}
        </Typography>
        <LinkButton href={href} variant="contained">
          {action}
        </LinkButton>
      </CardContent>
    </Card>
  );
}

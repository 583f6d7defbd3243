import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Grid from "@mui/material/Grid";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";

export type Figure = { label: string; value: string; detail?: string; href?: string };

/** A dashboard's headline figures, each with what it counts and, when there is one, the list behind it. */
export function FigureCards({ figures }: { figures: Figure[] }) {
  return (
    <Grid container spacing={2} component="ul" sx={{ listStyle: "none", p: 0, m: 0 }}>
      {figures.map((figure) => (
        <Grid key={figure.label} size={{ xs: 12, sm: 4 }} component="li">
          <Card sx={{ height: "100%" }}>
            <CardContent>
              <Typography color="text.secondary" variant="body2">
                {figure.href ? <Link href={figure.href}>{figure.label}</Link> : figure.label}
              </Typography>
              <Typography variant="h2" component="p" sx={{ mt: 0.5 }}>
                {figure.value}
              </Typography>
              {figure.detail && (
                <Typography variant="body2" color="text.secondary">
                  {figure.detail}
                </Typography>
              )}
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}

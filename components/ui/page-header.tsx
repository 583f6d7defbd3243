import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";

export function PageHeader({ title, lead }: { title: string; lead?: string }) {
  return (
    <Box sx={{ mb: 3 }}>
      <Typography variant="h1">{title}</Typography>
      {lead && (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {lead}
        </Typography>
      )}
    </Box>
  );
}

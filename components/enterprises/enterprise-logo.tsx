import Avatar from "@mui/material/Avatar";

// Dark enough for white text (contrast ≥ 4.5:1), so a letter stays readable in both themes.
const COLOURS = ["#3949ab", "#00796b", "#6a1b9a", "#ad1457", "#4e342e", "#1565c0", "#2e7d32", "#c62828"];

const colourOf = (name: string) => COLOURS[[...name].reduce((sum, c) => sum + c.charCodeAt(0), 0) % COLOURS.length];

/**
 * An enterprise's logo, or the first letter of its name on a colour of its own. Decorative: the
 * name is always written beside it.
 */
export function EnterpriseLogo({ name, logoUrl, size = 48 }: { name: string; logoUrl: string | null; size?: number }) {
  return (
    <Avatar
      src={logoUrl ?? undefined}
      alt=""
      aria-hidden
      variant="rounded"
      sx={{
        width: size,
        height: size,
        fontSize: size * 0.45,
        fontWeight: 700,
        color: "#fff",
        bgcolor: logoUrl ? "background.paper" : colourOf(name),
        border: logoUrl ? 1 : 0,
        borderColor: "divider",
        flexShrink: 0,
        "& img": { objectFit: "contain" },
      }}
    >
      {name.slice(0, 1).toUpperCase()}
    </Avatar>
  );
}

import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { textBlocks } from "./text-blocks";

/** An offer's free text (description, missions, benefits) with its paragraphs and lists. */
export function OfferText({ text }: { text: string }) {
  return textBlocks(text).map((block, i) =>
    block.kind === "list" ? (
      <Box component="ul" key={i} sx={{ mt: 0, mb: 1.5, pl: 3 }}>
        {block.items.map((item, j) => (
          <Typography component="li" key={j} sx={{ mb: 0.5 }}>
            {item}
          </Typography>
        ))}
      </Box>
    ) : (
      <Typography key={i} sx={{ mb: 1.5, whiteSpace: "pre-line" }}>
        {block.text}
      </Typography>
    ),
  );
}

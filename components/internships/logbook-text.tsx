import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { parseLogbookText, type Inline } from "@/lib/internships/logbook-markdown";

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case "text":
        return node.text;
      case "break":
        return <br key={index} />;
      case "strong":
        return <strong key={index}>{inline(node.children)}</strong>;
      case "em":
        return <em key={index}>{inline(node.children)}</em>;
      case "link":
        return (
          <Link key={index} href={node.href} rel="noopener noreferrer nofollow" target="_blank">
            {inline(node.children)}
          </Link>
        );
    }
  });
}

/**
 * A logbook text as the student formatted it (paragraphs, bold, italics, lists, http(s) links),
 * built from React elements only: whatever HTML the text holds is shown as text.
 */
export function LogbookText({ text }: { text: string }) {
  return (
    <>
      {parseLogbookText(text).map((block, index) =>
        block.type === "paragraph" ? (
          <Typography key={index} sx={{ mb: 1, "&:last-child": { mb: 0 } }}>
            {inline(block.children)}
          </Typography>
        ) : (
          <Typography key={index} component="ul" sx={{ mt: 0, mb: 1, pl: 3 }}>
            {block.items.map((item, i) => (
              <li key={i}>{inline(item)}</li>
            ))}
          </Typography>
        ),
      )}
    </>
  );
}

import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";

/** Links to download documents (access is checked by the download route). */
export function DocumentLinks({ documents }: { documents: { id: string; title: string }[] }) {
  return (
    <Stack component="ul" sx={{ m: 0, pl: 3 }}>
      {documents.map((document) => (
        <li key={document.id}>
          <Link href={`/api/v1/documents/${document.id}/download`} target="_blank" rel="noopener">
            {document.title}
          </Link>
        </li>
      ))}
    </Stack>
  );
}

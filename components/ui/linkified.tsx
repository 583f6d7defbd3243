import Link from "@mui/material/Link";
import { Fragment } from "react";

/** Plain text with its http(s) URLs made clickable, nothing else interpreted. */
export function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(/(https?:\/\/\S+)/g).map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <Link key={i} href={part} rel="nofollow ugc noopener">
            {part}
          </Link>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

"use client";
import Link from "@mui/material/Link";
import NextLink from "next/link";
import type { ReactNode } from "react";

/**
 * An offer's title linking to its public page; a client component so that MUI can render Next's
 * link. `stretched` spreads the link over its nearest positioned ancestor (a card), so that the
 * whole card opens the offer with one link and one tab stop; the card draws the focus ring.
 */
export function OfferLink({
  offerId,
  stretched,
  children,
}: {
  offerId: string;
  stretched?: boolean;
  children: ReactNode;
}) {
  return (
    <Link
      component={NextLink}
      href={`/offers/${offerId}`}
      underline="hover"
      color="inherit"
      sx={
        stretched
          ? { "&::after": { content: '""', position: "absolute", inset: 0 }, "&:focus-visible": { outline: "none" } }
          : undefined
      }
    >
      {children}
    </Link>
  );
}

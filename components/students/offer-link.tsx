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
  back,
  children,
}: {
  offerId: string;
  stretched?: boolean;
  /** The search's query string, so the offer page can lead back to the same results. */
  back?: string;
  children: ReactNode;
}) {
  return (
    <Link
      component={NextLink}
      href={back ? `/offers/${offerId}?${new URLSearchParams({ back })}` : `/offers/${offerId}`}
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

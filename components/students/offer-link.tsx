"use client";
import Link from "@mui/material/Link";
import NextLink from "next/link";
import type { ReactNode } from "react";

/** An offer's title linking to its public page; a client component so that MUI can render Next's link. */
export function OfferLink({ offerId, children }: { offerId: string; children: ReactNode }) {
  return (
    <Link component={NextLink} href={`/offers/${offerId}`} underline="hover" color="inherit">
      {children}
    </Link>
  );
}

"use client";
import Verified from "@mui/icons-material/Verified";
import Chip from "@mui/material/Chip";

/** The "verified enterprise" badge; a client component because an icon element cannot cross from a server one. */
export function VerifiedBadge({ label }: { label: string }) {
  return <Chip icon={<Verified />} color="success" label={label} />;
}

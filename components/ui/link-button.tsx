"use client";
import Button, { type ButtonProps } from "@mui/material/Button";
import NextLink from "next/link";

/** A MUI button that navigates with Next's Link; usable from server components. */
export function LinkButton({ href, ...props }: Omit<ButtonProps, "href"> & { href: string }) {
  return <Button component={NextLink} href={href} {...props} />;
}

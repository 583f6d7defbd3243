import type { Options } from "@emotion/cache";
import rtlPlugin from "stylis-plugin-rtl";
import { isRtl } from "@/lib/core/i18n-config";

export type Direction = "ltr" | "rtl";

export const directionOf = (locale: string): Direction => (isRtl(locale) ? "rtl" : "ltr");

/**
 * The emotion cache for a direction: right to left, every left/right, margin and padding of the styles
 * is mirrored by stylis-plugin-rtl, under its own key so that LTR and RTL rules never share a class name.
 */
export function styleCacheOptions(direction: Direction): Options {
  return direction === "rtl" ? { key: "cssrtl", stylisPlugins: [rtlPlugin] } : { key: "css" };
}

const BASE = "http://same-site.invalid";

/**
 * A path on this site to return to after sign-in. Browsers drop tabs and line breaks from URLs
 * and read "\" as "/", so "/\t/evil.example" is "//evil.example": anything with a control
 * character, a space or a backslash is refused, and what is left must stay on this origin.
 */
export function safePath(value?: string | string[] | null, fallback = "/dashboard"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u0020\u007f\\]/.test(value)) return fallback;
  const url = new URL(value, BASE);
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** A path on this site to return to after sign-in: "//host" and "/\host" would leave the site. */
export const safePath = (value?: string | string[] | null, fallback = "/dashboard") =>
  typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : fallback;

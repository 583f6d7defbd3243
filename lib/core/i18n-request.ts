import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { asLocale, LOCALE_COOKIE } from "./i18n-config";
import { catalogues } from "./translator";

/** French by default; the choice is remembered in a cookie (no locale in the URL). */
export default getRequestConfig(async () => {
  const locale = asLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  // Calendar dates are stored as UTC instants (midnight, or end of day for deadlines): show them in UTC.
  return { locale, messages: catalogues[locale], timeZone: "UTC" };
});

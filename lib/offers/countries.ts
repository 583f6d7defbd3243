/** ISO 3166-1 alpha-2 codes an offer's country is chosen from (and Kosovo's user-assigned XK). */
export const COUNTRY_CODES =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW".split(
    " ",
  );

/** The countries most offers name, listed first in the picker. */
export const FREQUENT_COUNTRIES = ["FR", "BE", "CH", "LU", "DE", "ES", "IT", "GB", "CA", "MA", "TN", "DZ", "SN"];

/**
 * The picker's options in the reader's language: frequent countries first, then all by name.
 * A code outside the list (an older or imported offer) is kept as it is, first.
 */
export function countryOptions(locale: string, current?: string) {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const name = (code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const all = COUNTRY_CODES.map((code) => ({ code, name: name(code) })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
  const frequent = FREQUENT_COUNTRIES.map((code) => ({ code, name: name(code) }));
  const extra = current && !COUNTRY_CODES.includes(current) ? [{ code: current, name: current }] : [];
  return { frequent: [...extra, ...frequent], all };
}

export type CountryOptions = ReturnType<typeof countryOptions>;

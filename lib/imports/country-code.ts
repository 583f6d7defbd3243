const codes = new Map<string, string>();

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

function table() {
  if (codes.size) return codes;
  const names = ["en", "fr", "de", "es"].map((locale) => new Intl.DisplayNames([locale], { type: "region" }));
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Deprecated regions (DD, FX, SU…) canonicalise to their successor: only current codes count.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      for (const display of names) {
        const name = display.of(code);
        if (name && name !== code && !codes.has(fold(name))) codes.set(fold(name), code);
      }
    }
  }
  for (const [alias, code] of [
    ["uk", "GB"],
    ["usa", "US"],
    ["unitedstatesofamerica", "US"],
  ])
    codes.set(alias, code);
  return codes;
}

/** An ISO 3166 alpha-2 code from a code or a country's name in English, French, German or Spanish. */
export function countryCode(value: string | null | undefined): string | null {
  const text = (value ?? "").trim();
  if (!text) return null;
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  return table().get(fold(text)) ?? null;
}

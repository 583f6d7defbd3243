/** A month or a year as a CV writes it: "2023-06" or "2023". */
export type CvDate = string;
export type CvPeriod = { start: CvDate | null; end: CvDate | null; current: boolean; text: string };

const MONTHS: [RegExp, number][] = [
  [/^(janv?|january|jan)/, 1],
  [/^(fevr?|february|feb)/, 2],
  [/^(mars|march|mar)/, 3],
  [/^(avr|april|apr)/, 4],
  [/^(mai|may)/, 5],
  [/^(juin|june|jun)/, 6],
  [/^(juil|july|jul)/, 7],
  [/^(aout|august|aug)/, 8],
  [/^(sept?|september)/, 9],
  [/^(oct|october)/, 10],
  [/^(nov|november)/, 11],
  [/^(dec|december)/, 12],
];

const MONTH_WORD =
  "(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept?(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const ONE_DATE = `(?<![\\p{L}\\d])(?:${MONTH_WORD}\\.?\\s+(?:19|20)\\d{2}|(?:0?[1-9]|1[0-2])[/.](?:19|20)\\d{2}|(?:19|20)\\d{2})(?!\\d)`;
const NOW = "(?:pr[ée]sent|aujourd['’]hui|today|now|en cours|current|actuel(?:lement)?|ce jour)";
const RANGE = new RegExp(
  `(?:(?:de|du|from|depuis|since)\\s+)?(${ONE_DATE})(?:\\s*(?:[-–—→]|à|au|to|until|jusqu['’]?(?:à|au))\\s*(${ONE_DATE}|${NOW}))?`,
  "iu",
);

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** "juin 2023" → "2023-06", "06/2023" → "2023-06", "2023" → "2023". */
export function parseCvDate(text: string): CvDate | null {
  const folded = fold(text.trim());
  const numeric = /^(\d{1,2})[/.](\d{4})$/.exec(folded);
  if (numeric) return `${numeric[2]}-${numeric[1].padStart(2, "0")}`;
  const year = /(\d{4})$/.exec(folded)?.[1];
  if (!year) return null;
  const month = MONTHS.find(([pattern]) => pattern.test(folded))?.[1];
  return month ? `${year}-${String(month).padStart(2, "0")}` : year;
}

/** The first period a line names ("juin 2023 – août 2023", "2021 - present", "Sep 2022"), if any. */
export function findPeriod(line: string): CvPeriod | null {
  const match = RANGE.exec(line);
  if (!match) return null;
  const start = parseCvDate(match[1]);
  const current = Boolean(match[2] && new RegExp(`^${NOW}$`, "iu").test(match[2]));
  const end = match[2] && !current ? parseCvDate(match[2]) : match[2] ? null : start;
  return { start, end, current, text: match[0] };
}

/** The line without the period it names, and without the separators and brackets left around it. */
export function withoutPeriod(line: string, period: CvPeriod | null): string {
  const rest = period ? line.replace(period.text, " ") : line;
  return rest
    .replace(/\(\s*\d+\s*(?:ans?|years?|mois|months?|yrs?|mos?)(?:\s+\d+\s*(?:mois|months?|mos?))?\s*\)/giu, " ")
    .replace(/\(\s*\)/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s|,–—\-:()·•]+|[\s|,–—\-:()·•]+$/gu, "")
    .trim();
}

/** A period's first day, or last day, as an ISO date ("2023-06" → 2023-06-01 or 2023-06-30). */
export function periodDay(date: CvDate | null, edge: "first" | "last"): string | null {
  if (!date) return null;
  const [year, month] = date.split("-").map(Number);
  if (edge === "first") return `${year}-${String(month || 1).padStart(2, "0")}-01`;
  const last = new Date(Date.UTC(year, month || 12, 0));
  return last.toISOString().slice(0, 10);
}

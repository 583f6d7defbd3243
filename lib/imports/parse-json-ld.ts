import * as cheerio from "cheerio";
import type { RawPosting } from "./posting";

type Node = Record<string, unknown>;

const asArray = (value: unknown): unknown[] => (value == null ? [] : Array.isArray(value) ? value : [value]);
const text = (value: unknown): string | null => {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "name" in value) return text((value as Node).name);
  return null;
};
const isJobPosting = (node: Node) => asArray(node["@type"]).some((type) => type === "JobPosting");

/** Every node of a JSON-LD document, through arrays and @graph. */
function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (!value || typeof value !== "object") return [];
  const node = value as Node;
  return [node, ...nodes(node["@graph"])];
}

/** The schema.org JobPosting objects of a page's `application/ld+json` scripts, and how many scripts were not JSON. */
export function jobPostingsIn(html: string): { postings: Node[]; malformed: number } {
  const $ = cheerio.load(html);
  const postings: Node[] = [];
  let malformed = 0;
  $('script[type="application/ld+json"]').each((_, element) => {
    try {
      postings.push(...nodes(JSON.parse($(element).text())).filter(isJobPosting));
    } catch {
      malformed++;
    }
  });
  return { postings, malformed };
}

function place(posting: Node) {
  const location = asArray(posting.jobLocation)[0] as Node | undefined;
  const address = (location?.address ?? null) as Node | string | null;
  if (typeof address === "string") return { city: address, country: null };
  return { city: text(address?.addressLocality), country: text(address?.addressCountry) };
}

function stipend(posting: Node): RawPosting["stipend"] {
  const salary = posting.baseSalary as Node | undefined;
  if (!salary || typeof salary !== "object") return null;
  const value = (salary.value ?? null) as Node | number | null;
  const amount =
    typeof value === "number" ? value : Number((value as Node | null)?.value ?? (value as Node | null)?.minValue);
  if (!Number.isFinite(amount) || amount <= 0) return null;
  const unit = String((value as Node | null)?.unitText ?? salary.unitText ?? "MONTH").toUpperCase();
  const period = unit === "WEEK" ? "WEEK" : unit === "HOUR" ? "HOUR" : unit === "YEAR" ? "YEAR" : "MONTH";
  return { amount, currency: String(salary.currency ?? "EUR").toUpperCase(), period };
}

/** A JobPosting node as a raw posting; `pageUrl` stands in for a missing url and identifier. */
export function fromJobPosting(posting: Node, pageUrl: string): RawPosting | null {
  const title = text(posting.title);
  if (!title) return null;
  const identifier = posting.identifier as Node | string | undefined;
  const id = typeof identifier === "object" ? text(identifier?.value) : text(identifier);
  const url = text(posting.url) ?? pageUrl;
  const remote = String(posting.jobLocationType ?? "").toUpperCase() === "TELECOMMUTE";
  return {
    externalId: id ?? url,
    url: new URL(url, pageUrl).href,
    title,
    description: text(posting.description) ?? "",
    employmentTypes: asArray(posting.employmentType).map(String),
    ...place(posting),
    remote: remote && !asArray(posting.jobLocation).length,
    hybrid: remote && asArray(posting.jobLocation).length > 0,
    datePosted: text(posting.datePosted),
    validThrough: text(posting.validThrough),
    startDate: text(posting.jobStartDate),
    stipend: stipend(posting),
    organisation: text(posting.hiringOrganization),
  };
}

/** The page URLs of a sitemap (`<urlset>`), or of its child sitemaps (`<sitemapindex>`), with `kind`. */
export function sitemapLocations(xml: string): { pages: string[]; sitemaps: string[] } {
  const $ = cheerio.load(xml, { xml: true });
  const locs = (selector: string) =>
    $(selector)
      .map((_, element) => $(element).text().trim())
      .get()
      .filter(Boolean);
  return { pages: locs("urlset > url > loc"), sitemaps: locs("sitemapindex > sitemap > loc") };
}

import * as cheerio from "cheerio";
import type { AtsProvider } from "@/lib/generated/prisma/enums";
import type { RawPosting } from "./posting";

type Json = Record<string, unknown>;
const str = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
/** "Paris, France" → city and country. */
const splitPlace = (name: string | null) => {
  const parts = (name ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return { city: parts[0] ?? null, country: parts.length > 1 ? parts[parts.length - 1] : null };
};
const remoteWord = (value: string | null) => /remote|télétravail|teletravail/i.test(value ?? "");

/** Greenhouse Job Board API: GET /v1/boards/{board}/jobs?content=true (content is HTML, entity-encoded). */
function greenhouse(body: string): RawPosting[] {
  return list((JSON.parse(body) as Json).jobs).map((job) => {
    const location = str((job.location as Json | undefined)?.name);
    const metadata = list(job.metadata).map((m) => `${String(m.value ?? "")}`);
    return {
      externalId: String(job.id),
      url: String(job.absolute_url),
      title: String(job.title ?? ""),
      description: cheerio.load(String(job.content ?? "")).text(),
      employmentTypes: metadata,
      ...splitPlace(location),
      remote: remoteWord(location),
      datePosted: str(job.updated_at),
    };
  });
}

/** Lever Postings API: GET /v0/postings/{company}?mode=json. */
function lever(body: string): RawPosting[] {
  return list(JSON.parse(body)).map((job) => {
    const categories = (job.categories ?? {}) as Json;
    const sections = list(job.lists).map((l) => `<h3>${String(l.text ?? "")}</h3><ul>${String(l.content ?? "")}</ul>`);
    const workplace = str(job.workplaceType);
    return {
      externalId: String(job.id),
      url: String(job.hostedUrl),
      title: String(job.text ?? ""),
      description: [String(job.description ?? ""), ...sections, String(job.additional ?? "")].join("\n"),
      employmentTypes: [str(categories.commitment)].filter((v): v is string => Boolean(v)),
      ...splitPlace(str(categories.location)),
      remote: workplace === "remote",
      hybrid: workplace === "hybrid",
      datePosted: typeof job.createdAt === "number" ? new Date(job.createdAt).toISOString() : null,
    };
  });
}

/** Workable widget API: GET /api/v1/widget/accounts/{subdomain}?details=true. */
function workable(body: string): RawPosting[] {
  const account = JSON.parse(body) as Json;
  return list(account.jobs).map((job) => ({
    externalId: String(job.shortcode ?? job.id),
    url: String(job.url ?? job.shortlink ?? job.application_url),
    title: String(job.title ?? ""),
    description: String(job.description ?? ""),
    employmentTypes: [str(job.employment_type)].filter((v): v is string => Boolean(v)),
    city: str(job.city),
    country: str(job.country),
    remote: job.telecommuting === true,
    datePosted: str(job.published_on) ?? str(job.created_at),
    organisation: str(account.name),
  }));
}

/** Recruitee Careers Site API: GET https://{company}.recruitee.com/api/offers/. */
function recruitee(body: string): RawPosting[] {
  return list((JSON.parse(body) as Json).offers).map((offer) => {
    const salary = offer.salary as Json | undefined;
    const amount = Number(salary?.min ?? salary?.max);
    const period = String(salary?.period ?? "month").toUpperCase();
    return {
      externalId: String(offer.id),
      url: String(offer.careers_url ?? offer.url),
      title: String(offer.title ?? ""),
      description: `${String(offer.description ?? "")}\n${String(offer.requirements ?? "")}`,
      employmentTypes: [str(offer.employment_type_code)].filter((v): v is string => Boolean(v)),
      city: str(offer.city),
      country: str(offer.country) ?? str(offer.country_code),
      remote: offer.remote === true && offer.hybrid !== true,
      hybrid: offer.hybrid === true,
      datePosted: str(offer.published_at),
      validThrough: str(offer.close_at),
      stipend:
        Number.isFinite(amount) && amount > 0
          ? {
              amount,
              currency: String(salary?.currency ?? "EUR").toUpperCase(),
              period: period === "WEEK" ? "WEEK" : period === "YEAR" ? "YEAR" : period === "HOUR" ? "HOUR" : "MONTH",
            }
          : null,
      organisation: str(offer.company_name),
    };
  });
}

/** Personio XML feed: GET https://{company}.jobs.personio.de/xml (postings at /job/{id}). */
function personio(body: string, sourceUrl: string): RawPosting[] {
  const $ = cheerio.load(body, { xml: true });
  if ($("workzag-jobs").length === 0) throw new Error("not a Personio feed");
  return $("position")
    .map((_, element) => {
      const position = $(element);
      const id = position.children("id").text().trim();
      const sections = position
        .find("jobDescription")
        .map((__, d) => `<h3>${$(d).children("name").text()}</h3>${$(d).children("value").text()}`)
        .get();
      return {
        externalId: id,
        url: new URL(`/job/${encodeURIComponent(id)}`, sourceUrl).href,
        title: position.children("name").text().trim(),
        description: sections.join("\n"),
        employmentTypes: [position.children("employmentType").text().trim()].filter(Boolean),
        city: position.children("office").text().trim() || null,
        datePosted: position.children("createdAt").text().trim() || null,
        organisation: position.children("subcompany").text().trim() || null,
      } satisfies RawPosting;
    })
    .get();
}

/** The postings of an ATS's public job board, by provider; a body of the wrong shape throws. */
export function parseAts(provider: AtsProvider, body: string, sourceUrl: string): RawPosting[] {
  switch (provider) {
    case "GREENHOUSE":
      return greenhouse(body);
    case "LEVER":
      return lever(body);
    case "WORKABLE":
      return workable(body);
    case "RECRUITEE":
      return recruitee(body);
    case "PERSONIO":
      return personio(body, sourceUrl);
  }
}

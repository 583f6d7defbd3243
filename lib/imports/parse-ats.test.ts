import { describe, expect, it } from "vitest";
import { normalisePosting } from "./normalise-posting";
import { parseAts } from "./parse-ats";
import { parseFeed } from "./parse-feed";

const keep = (posting: Parameters<typeof normalisePosting>[0]) => normalisePosting(posting, {});

describe("job board and feed parsers", () => {
  it("reads Lever, Workable, Recruitee and Personio boards into postings the filters keep or skip", () => {
    const lever = parseAts(
      "LEVER",
      JSON.stringify([
        {
          id: "lv-1",
          text: "Product Design Intern",
          hostedUrl: "https://jobs.lever.co/acme/lv-1",
          categories: { commitment: "Internship", location: "Berlin, Germany" },
          workplaceType: "hybrid",
          description: "<p>Design with us for 6 months.</p>",
          lists: [{ text: "You will", content: "<li>Prototype</li>" }],
          createdAt: 1_764_000_000_000,
        },
      ]),
      "https://api.lever.co/v0/postings/acme?mode=json",
    );
    expect(lever[0]).toMatchObject({ externalId: "lv-1", city: "Berlin", country: "Germany", hybrid: true });
    expect(keep(lever[0])).toMatchObject({
      keep: true,
      content: { country: "DE", remoteMode: "HYBRID", durationWeeks: 26, field: "Design" },
    });

    const workable = parseAts(
      "WORKABLE",
      JSON.stringify({
        name: "Acme",
        jobs: [
          {
            shortcode: "W1",
            title: "Stage finance",
            employment_type: "Internship",
            url: "https://apply.workable.com/acme/j/W1/",
            city: "Lille",
            country: "France",
            telecommuting: false,
          },
          {
            shortcode: "W2",
            title: "Account Executive",
            employment_type: "Full-time",
            url: "https://apply.workable.com/acme/j/W2/",
            city: "Lille",
            country: "France",
          },
        ],
      }),
      "https://apply.workable.com/api/v1/widget/accounts/acme",
    );
    expect(workable.map((p) => keep(p).keep)).toEqual([true, false]);
    expect(workable[0].organisation).toBe("Acme");

    const recruitee = parseAts(
      "RECRUITEE",
      JSON.stringify({
        offers: [
          {
            id: 77,
            title: "Data Analyst Intern",
            careers_url: "https://acme.recruitee.com/o/data-intern",
            description: "<p>SQL</p>",
            employment_type_code: "internship",
            city: "Amsterdam",
            country_code: "NL",
            remote: true,
            salary: { min: 900, max: 1000, currency: "EUR", period: "month" },
          },
        ],
      }),
      "https://acme.recruitee.com/api/offers/",
    );
    expect(keep(recruitee[0])).toMatchObject({
      keep: true,
      content: { country: "NL", remoteMode: "REMOTE", stipendAmountMinor: 90000, stipendPeriod: "MONTH" },
    });

    const personio = parseAts(
      "PERSONIO",
      `<?xml version="1.0"?><workzag-jobs><position><id>123</id><office>München</office><name>Praktikum Marketing</name>
       <employmentType>intern</employmentType><jobDescriptions><jobDescription><name>Aufgaben</name><value><![CDATA[<p>Kampagnen</p>]]></value></jobDescription></jobDescriptions></position></workzag-jobs>`,
      "https://acme.jobs.personio.de/xml",
    );
    expect(personio[0]).toMatchObject({
      externalId: "123",
      url: "https://acme.jobs.personio.de/job/123",
      city: "München",
    });
    expect(keep(personio[0])).toMatchObject({ keep: false, reason: "noPlace" });
    expect(normalisePosting(personio[0], { defaultCountry: "DE" })).toMatchObject({
      keep: true,
      content: { field: "Marketing" },
    });

    expect(() => parseAts("GREENHOUSE", "<html>", "https://x.test")).toThrow();
    expect(() => parseAts("PERSONIO", "{}", "https://x.test")).toThrow();
  });

  it("reads Atom entries and refuses a document that is no feed", () => {
    const atom = parseFeed(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Jobs</title>
      <entry><id>urn:job:1</id><title>Internship: backend</title><link rel="alternate" href="https://acme.test/jobs/1"/>
      <summary>Go and SQL</summary><published>2026-11-20T09:00:00Z</published></entry></feed>`);
    expect(atom).toEqual([
      expect.objectContaining({
        externalId: "urn:job:1",
        url: "https://acme.test/jobs/1",
        title: "Internship: backend",
      }),
    ]);
    expect(() => parseFeed("<html><body>hello</body></html>")).toThrow();
  });
});

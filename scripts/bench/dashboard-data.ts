import type pg from "pg";

/** The generated world's size: one university holding every student (the dashboard's worst case). */
export const SIZE = {
  students: 50_000,
  applications: 200_000,
  enterprises: 2_000,
  offersPerEnterprise: 5,
  programs: 20,
};
export const UNIVERSITY_ID = "bench-u0";

const SECTORS = [
  "Informatique",
  "Chimie",
  "Banque",
  "Conseil",
  "Énergie",
  "Santé",
  "Industrie",
  "Commerce",
  "Transport",
  "Public",
  "Médias",
  "Agroalimentaire",
];
const CITIES = [
  "Paris",
  "Lyon",
  "Marseille",
  "Toulouse",
  "Nantes",
  "Lille",
  "Bordeaux",
  "Strasbourg",
  "Rennes",
  "Grenoble",
  "Montpellier",
  "Nice",
];

const sqlList = (values: string[]) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;

const FORM = JSON.stringify({
  sections: [
    {
      key: "work",
      title: { fr: "Travail", en: "Work" },
      questions: ["adaptation", "punctuality", "communication", "autonomy", "initiative", "rigour"].map((key) => ({
        key,
        type: "scale",
        label: { fr: key, en: key },
        required: true,
      })),
    },
  ],
});

/**
 * Fills an empty database with the benchmark's world, in SQL (a few seconds): 50,000 students in 20
 * programs, 2,000 enterprises with 10,000 offers, 200,000 applications with their history (about
 * 8 % accepted, 37 % rejected), agreements for the accepted ones, internships for the signed ones,
 * and a final tutor evaluation for half of the internships.
 */
export async function generateDashboardWorld(pool: pg.Pool): Promise<void> {
  const { students, applications, enterprises, offersPerEnterprise, programs } = SIZE;
  const offers = enterprises * offersPerEnterprise;
  const q = (text: string) => pool.query(text);
  await q(
    `insert into "University" (id, name, "updatedAt") values ('${UNIVERSITY_ID}', 'Université du banc d''essai', now())`,
  );
  await q(`insert into "Department" (id, "universityId", name, "updatedAt")
    select 'bd' || d, '${UNIVERSITY_ID}', 'Département ' || d, now() from generate_series(0, 3) d`);
  await q(`insert into "Program" (id, "departmentId", name, years, "updatedAt")
    select 'bp' || p, 'bd' || (p % 4), 'Formation ' || p, 3, now() from generate_series(0, ${programs - 1}) p`);
  await q(`insert into "User" (id, email, name, role, "updatedAt")
    select 'bu' || i, 'student' || i || '@bench.test', 'Étudiant ' || i, 'STUDENT', now() from generate_series(0, ${students - 1}) i`);
  await q(`insert into "Student" (id, "userId", "universityId", "programId", "yearOfStudy", "updatedAt")
    select 'bs' || i, 'bu' || i, '${UNIVERSITY_ID}', 'bp' || (i % ${programs}), 1 + (i / ${programs}) % 3, now()
    from generate_series(0, ${students - 1}) i`);
  await q(`insert into "Enterprise" (id, name, slug, sector, "updatedAt")
    select 'be' || e, 'Entreprise ' || e, 'bench-e' || e, (${sqlList(SECTORS)})[1 + e % ${SECTORS.length}], now()
    from generate_series(0, ${enterprises - 1}) e`);
  await q(`insert into "Offer" (id, "enterpriseId", title, description, field, city, country, "durationWeeks", status, "publishedAt", "updatedAt")
    select 'bo' || o, 'be' || (o / ${offersPerEnterprise}), 'Offre ' || o, 'Description', 'Informatique',
      (${sqlList(CITIES)})[1 + o % ${CITIES.length}], 'FR', 24, 'PUBLISHED', now() - interval '400 days', now()
    from generate_series(0, ${offers - 1}) o`);
  // Each student applies to up to four different offers (the live application is unique per offer and student).
  await q(`insert into "Application" (id, "offerId", "studentId", status, "submittedAt", "decidedAt", "updatedAt")
    select 'ba' || i, 'bo' || (((i % ${students}) * 37 + (i / ${students}) * 2503) % ${offers}), 'bs' || (i % ${students}),
      s.status::"ApplicationStatus", now() - ((i % 365) || ' days')::interval,
      case when s.status in ('ACCEPTED', 'REJECTED') then now() - ((i % 365) || ' days')::interval + interval '9 days' end, now()
    from generate_series(0, ${applications - 1}) i,
      lateral (select case when h < 20 then 'SUBMITTED' when h < 35 then 'UNDER_REVIEW' when h < 45 then 'SHORTLISTED'
        when h < 50 then 'INTERVIEW' when h < 58 then 'ACCEPTED' when h < 95 then 'REJECTED' else 'WITHDRAWN' end as status
        from (select (i * 7919) % 100 as h) x) s`);
  // The history: sent, then each stage the status implies (half of the rejected ones after a shortlist).
  await q(`insert into "ApplicationStatusChange" (id, "applicationId", "fromStatus", "toStatus", "createdAt")
    select a.id || '-' || step.n, a.id, null, step.status::"ApplicationStatus", a."submittedAt" + (step.n || ' days')::interval
    from "Application" a, lateral (values
      (0, 'SUBMITTED', true),
      (1, 'UNDER_REVIEW', a.status <> 'SUBMITTED'),
      (3, 'SHORTLISTED', a.status in ('SHORTLISTED', 'INTERVIEW', 'ACCEPTED') or (a.status = 'REJECTED' and right(a.id, 1) in ('0','2','4','6','8'))),
      (5, 'INTERVIEW', a.status in ('INTERVIEW', 'ACCEPTED')),
      (9, a.status::text, a.status in ('ACCEPTED', 'REJECTED', 'WITHDRAWN'))
    ) as step(n, status, keep)
    where a.id like 'ba%' and step.keep`);
  await q(`insert into "Agreement" (id, "applicationId", "studentId", "enterpriseId", "universityId", status, "startDate", "endDate",
      "stipendAmountMinor", "submittedAt", "validatedAt", "createdAt", "updatedAt")
    select 'bg' || a.id, a.id, a."studentId", o."enterpriseId", '${UNIVERSITY_ID}',
      (case when n % 10 < 7 then 'VALIDATED' when n % 10 < 9 then 'SIGNING' else 'DRAFT' end)::"AgreementStatus",
      current_date + 30, current_date + 200, case when n % 5 = 0 then null else 40000 + (n % 12) * 10000 end,
      case when n % 10 < 9 then a."decidedAt" + interval '2 days' end,
      case when n % 10 < 7 then a."decidedAt" + ((3 + n % 20) || ' days')::interval end, a."decidedAt" + interval '1 day', now()
    from (select a.*, row_number() over (order by a.id) as n from "Application" a where a.status = 'ACCEPTED' and a.id like 'ba%') a
    join "Offer" o on o.id = a."offerId"`);
  await q(`insert into "Internship" (id, "agreementId", "studentId", "enterpriseId", "universityId", "offerId", status, "startDate", "endDate", "updatedAt")
    select 'bi' || g.id, g.id, g."studentId", g."enterpriseId", g."universityId", a."offerId",
      (array['PLANNED', 'ACTIVE', 'COMPLETED', 'ACTIVE', 'TERMINATED'])[1 + abs(hashtext(g.id)) % 5]::"InternshipStatus",
      g."startDate", g."endDate", now()
    from "Agreement" g join "Application" a on a.id = g."applicationId" where g.status = 'VALIDATED' and g.id like 'bg%'`);
  await q(`insert into "InternshipEvaluation" (id, "internshipId", kind, period, "formKind", "formVersion", form, scores, "updatedAt")
    select 'bv' || i.id, i.id, 'TUTOR', 'FINAL', 'TUTOR_FINAL', 0, '${FORM}'::jsonb,
      jsonb_build_object('adaptation', 1 + abs(hashtext(i.id)) % 5, 'punctuality', 1 + abs(hashtext(i.id || 'p')) % 5,
        'communication', 1 + abs(hashtext(i.id || 'c')) % 5, 'autonomy', 1 + abs(hashtext(i.id || 'a')) % 5,
        'initiative', 1 + abs(hashtext(i.id || 'i')) % 5, 'rigour', 1 + abs(hashtext(i.id || 'r')) % 5), now()
    from "Internship" i where i.id like 'bi%' and abs(hashtext(i.id)) % 2 = 0`);
  await q("analyze");
}

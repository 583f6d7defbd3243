// Demo data, created once on first start when the database has no users (see DEMO_ACCOUNTS for the
// logins printed at start-up). Content lives in ./seed-data.ts; everything is deterministic except
// the ids and the dates, which are relative to now so the offers stay open.
import { randomUUID } from "node:crypto";
import { toMinorUnits } from "@/lib/core/money";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/identity/password";
import { refreshOfferSearch } from "@/lib/offers/refresh-offer-search";
import { stipendColumns } from "@/lib/offers/stipend";
import { seedDemoAgreements } from "./seed-agreements";
import { seedDemoApplications } from "./seed-applications";
import { seedDemoInternships } from "./seed-internships";
import { seedDemoInterviews } from "./seed-interviews";
import { seedDemoScreening } from "./seed-screening";
import {
  CLOSINGS,
  DEMO_DOMAIN,
  ENTERPRISES,
  OFFERS,
  SKILLS,
  STUDENTS,
  SUPERVISOR,
  SYSTEM_ADMIN,
  UNIVERSITY,
  UNIVERSITY_ADMIN,
  offerVariant,
} from "./seed-data";

export const DEMO_PASSWORD = "Demo-password-2026";
/**
 * The demo system admin's TOTP secret (system admins must use two-step verification). Published
 * like the password, so a newcomer can sign in: add it to an authenticator app, or print the
 * current code with `npm run demo:code`.
 */
export const DEMO_ADMIN_TOTP_SECRET = "STAGIAIRE2DEMO3ADMIN4TOTP5SECRET";

const email = (local: string) => `${local}@${DEMO_DOMAIN}`;
const memberEmail = (local: string, slug: string) => `${local}@${slug}.${DEMO_DOMAIN}`;
const studentEmail = (index: number) => email(`etudiant${index + 1}`);

/** One account per role, printed at start-up. */
export const DEMO_ACCOUNTS: { role: string; email: string; password: string; name: string; totpSecret?: string }[] = [
  {
    role: "SYSTEM_ADMIN",
    email: email(SYSTEM_ADMIN.local),
    password: DEMO_PASSWORD,
    name: SYSTEM_ADMIN.name,
    totpSecret: DEMO_ADMIN_TOTP_SECRET,
  },
  {
    role: "UNIVERSITY_ADMIN",
    email: email(UNIVERSITY_ADMIN.local),
    password: DEMO_PASSWORD,
    name: UNIVERSITY_ADMIN.name,
  },
  { role: "UNIVERSITY_SUPERVISOR", email: email(SUPERVISOR.local), password: DEMO_PASSWORD, name: SUPERVISOR.name },
  {
    role: "ENTERPRISE",
    email: memberEmail(ENTERPRISES[0].members[0].local, ENTERPRISES[0].slug),
    password: DEMO_PASSWORD,
    name: ENTERPRISES[0].members[0].name,
  },
  { role: "STUDENT", email: studentEmail(0), password: DEMO_PASSWORD, name: STUDENTS[0].name },
];

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

export async function seedDemoData(db: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD); // once (argon2), shared by every demo account
  const now = new Date();

  await db.$transaction(
    async (tx) => {
      // Already seeded (e.g. two instances starting together): nothing to do.
      if (await tx.user.findUnique({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true } })) return;

      // Skills
      const skillIds = new Map<string, string>(SKILLS.map((name) => [name, randomUUID()]));
      const skillId = (name: string) => {
        const id = skillIds.get(name);
        if (!id) throw new Error(`Unknown demo skill: ${name}`);
        return id;
      };
      await tx.skill.createMany({ data: SKILLS.map((name) => ({ id: skillId(name), name })) });

      // University, departments, programs
      const universityId = randomUUID();
      const { departments: departmentSeeds, ...universityFields } = UNIVERSITY;
      await tx.university.create({ data: { id: universityId, ...universityFields } });
      const departments = departmentSeeds.map((d) => ({ id: randomUUID(), universityId, name: d.name }));
      await tx.department.createMany({ data: departments });
      const programs = departmentSeeds.flatMap((d, di) =>
        d.programs.map((p) => ({
          id: randomUUID(),
          departmentId: departments[di].id,
          name: p.name,
          level: p.level,
          years: { BACHELOR: 3, MASTER: 2, ENGINEERING: 3, DOCTORATE: 3, OTHER: 1 }[p.level],
        })),
      );
      await tx.program.createMany({ data: programs });

      // Users
      const users: Prisma.UserCreateManyInput[] = [];
      const addUser = (role: Prisma.UserCreateManyInput["role"], address: string, name: string) => {
        const id = randomUUID();
        users.push({ id, role, email: address, name, passwordHash, emailVerified: now, locale: "fr" });
        return id;
      };
      const adminId = addUser("SYSTEM_ADMIN", email(SYSTEM_ADMIN.local), SYSTEM_ADMIN.name);
      const universityAdminId = addUser("UNIVERSITY_ADMIN", email(UNIVERSITY_ADMIN.local), UNIVERSITY_ADMIN.name);
      const supervisorId = addUser("UNIVERSITY_SUPERVISOR", email(SUPERVISOR.local), SUPERVISOR.name);
      const enterprises = ENTERPRISES.map((seed) => ({
        seed,
        id: randomUUID(),
        members: seed.members.map((m) => ({
          role: m.role,
          userId: addUser("ENTERPRISE", memberEmail(m.local, seed.slug), m.name),
        })),
      }));
      const students = STUDENTS.map((seed, i) => ({
        seed,
        id: randomUUID(),
        userId: addUser("STUDENT", studentEmail(i), seed.name),
      }));
      await tx.user.createMany({ data: users });
      await tx.user.update({
        where: { id: adminId },
        data: { totpSecret: DEMO_ADMIN_TOTP_SECRET, totpEnabledAt: now },
      });

      await tx.universityStaff.createMany({
        data: [
          { userId: universityAdminId, universityId, title: UNIVERSITY_ADMIN.title },
          { userId: supervisorId, universityId, departmentId: departments[0].id, title: SUPERVISOR.title },
        ],
      });

      // Enterprises (verified) with their members, contact, location and certification
      await tx.enterprise.createMany({
        data: enterprises.map(({ id, seed }) => ({
          id,
          name: seed.name,
          slug: seed.slug,
          registrationNumber: seed.registrationNumber,
          sector: seed.sector,
          size: seed.size,
          description: seed.description,
          website: `https://${seed.slug}.${DEMO_DOMAIN}`,
          applicationEmail: memberEmail("stages", seed.slug),
          verificationStatus: "VERIFIED",
          verifiedAt: new Date(now.getTime() - 60 * DAY),
          createdAt: new Date(now.getTime() - 75 * DAY),
        })),
      });
      await tx.enterpriseMember.createMany({
        data: enterprises.flatMap(({ id, members }) => members.map((m) => ({ enterpriseId: id, ...m }))),
      });
      await tx.enterpriseContact.createMany({
        data: enterprises.map(({ id, seed: { contact, slug } }) => ({
          enterpriseId: id,
          name: contact.name,
          position: contact.position,
          phone: contact.phone,
          email: memberEmail(contact.local, slug),
        })),
      });
      await tx.enterpriseLocation.createMany({
        data: enterprises.map(({ id, seed }) => ({ enterpriseId: id, ...seed.location })),
      });
      await tx.enterpriseCertification.createMany({
        data: enterprises.map(({ id, seed }) => ({ enterpriseId: id, ...seed.certification })),
      });

      // Published offers and their required skills
      const offers = OFFERS.map((o, i) => {
        const enterprise = enterprises[o.e];
        const { startMonth, stipendAmount, ...variant } = offerVariant(o, i);
        const publishedAt = new Date(now.getTime() - ((i * 17) % 30) * DAY - (i % 9) * HOUR);
        return {
          id: randomUUID(),
          enterpriseId: enterprise.id,
          title: o.title,
          description: `${o.summary} ${enterprise.seed.team[o.lang]} ${CLOSINGS[o.lang][i % CLOSINGS[o.lang].length]}`,
          missions: o.missions.map((m) => `- ${m}`).join("\n"),
          field: o.field,
          city: o.city,
          country: o.country,
          ...variant,
          startFrom: new Date(Date.UTC(2027, startMonth, 1)),
          startTo: new Date(Date.UTC(2027, startMonth + 1, 15)),
          ...stipendColumns(stipendAmount, "EUR"),
          stipendCurrency: "EUR",
          stipendPeriod: "MONTH",
          positions: 1 + (i % 3),
          deadline: new Date(now.getTime() + (14 + ((i * 23) % 57)) * DAY), // 2 to 10 weeks away
          educationLevel: o.level,
          benefits: enterprise.seed.benefits[o.lang],
          status: "PUBLISHED",
          publishedAt,
          createdAt: publishedAt,
        } satisfies Prisma.OfferCreateManyInput;
      });
      await tx.offer.createMany({ data: offers });
      await tx.offerSkill.createMany({
        data: OFFERS.flatMap((o, i) => o.skills.map((name) => ({ offerId: offers[i].id, skillId: skillId(name) }))),
      });
      await refreshOfferSearch(
        tx,
        offers.map((o) => o.id),
      );

      // Students with skills, one academic record and their preferences
      await tx.student.createMany({
        data: students.map(({ id, userId, seed }, i) => ({
          id,
          userId,
          universityId,
          programId: programs[seed.program].id,
          studentNumber: `p${2400000 + (i + 1) * 1357}`,
          // The roster's year of study, within the program's length (3 for a bachelor, else 2 here).
          yearOfStudy: 1 + (i % (programs[seed.program].level === "BACHELOR" ? 3 : 2)),
          headline: seed.headline,
          city: seed.city,
          fieldOfStudy: seed.fields[0],
        })),
      });
      await tx.studentSkill.createMany({
        data: students.flatMap(({ id, seed }) =>
          seed.skills.map((name, j) => ({ studentId: id, skillId: skillId(name), level: 5 - (j % 3) })),
        ),
      });
      await tx.academicRecord.createMany({
        data: students.map(({ id, seed: { record } }) => ({
          studentId: id,
          institution: record.institution,
          degree: record.degree,
          field: record.field,
          startDate: new Date(Date.UTC(record.from, 8, 1)),
          endDate: new Date(Date.UTC(record.to, 5, 30)),
          grade: record.grade,
        })),
      });
      await tx.internshipPreference.createMany({
        data: students.map(({ id, seed }) => {
          const bachelor = programs[seed.program].level === "BACHELOR";
          return {
            studentId: id,
            fields: seed.fields,
            places: seed.places,
            remoteModes: seed.remote,
            availableFrom: new Date(Date.UTC(2027, bachelor ? 3 : 1, 1)),
            availableTo: new Date(Date.UTC(2027, bachelor ? 5 : 7, bachelor ? 30 : 31)),
            minStipendMinor: toMinorUnits(seed.minStipend, "EUR"),
          };
        }),
      });

      // A few favourites
      const favourites: [student: number, offer: number][] = [
        [0, 0],
        [0, 3],
        [0, 7],
        [1, 9],
        [1, 30],
        [6, 18],
      ];
      await tx.favourite.createMany({
        data: favourites.map(([s, o]) => ({ studentId: students[s].id, offerId: offers[o].id })),
      });

      // Applications in every state to the first enterprise's offers (seed-applications.ts)
      await seedDemoApplications(tx, {
        now,
        students: students.map(({ id, userId, seed }) => ({ id, userId, name: seed.name })),
        offers: offers.map(({ id, title }) => ({ id, title })),
        enterprise: { name: enterprises[0].seed.name, memberIds: enterprises[0].members.map((m) => m.userId) },
      });
      // Screening questions and answers, a colleague's scorecards, rejection templates (seed-screening.ts)
      await seedDemoScreening(tx, {
        offerIds: offers.map(({ id }) => id),
        enterpriseId: enterprises[0].id,
        colleagueId: enterprises[0].members[1].userId,
      });
      // Interview slots and bookings for those applications (seed-interviews.ts)
      await seedDemoInterviews(tx, { now, offerIds: offers.map(({ id }) => id) });
      // The demo student's internship under way, another one completed, a third ending (seed-internships.ts)
      const person = (userId: string, name: string, address: string) => ({ userId, name, email: address });
      const numeriaAdmin = ENTERPRISES[0].members[0];
      await seedDemoInternships(tx, {
        now,
        universityId,
        enterpriseId: enterprises[0].id,
        offerIds: offers.map(({ id }) => id),
        active: { studentId: students[0].id, ...person(students[0].userId, STUDENTS[0].name, studentEmail(0)) },
        completed: { studentId: students[2].id, ...person(students[2].userId, STUDENTS[2].name, studentEmail(2)) },
        ending: { studentId: students[7].id, ...person(students[7].userId, STUDENTS[7].name, studentEmail(7)) },
        tutor: person(
          enterprises[0].members[0].userId,
          numeriaAdmin.name,
          memberEmail(numeriaAdmin.local, ENTERPRISES[0].slug),
        ),
        supervisor: person(supervisorId, SUPERVISOR.name, email(SUPERVISOR.local)),
        universityAdmin: person(universityAdminId, UNIVERSITY_ADMIN.name, email(UNIVERSITY_ADMIN.local)),
      });
      // Agreements in draft, waiting for the enterprise's signature, and refused (seed-agreements.ts); the
      // second student's accepted application keeps none, for the agreement journey (tests/e2e)
      await seedDemoAgreements(tx, {
        now,
        universityId,
        draft: { studentId: students[6].id, offerId: offers[6].id },
        signing: { studentId: students[5].id, offerId: offers[15].id },
        refused: { studentId: students[3].id, offerId: offers[4].id },
        tutor: { name: numeriaAdmin.name, email: memberEmail(numeriaAdmin.local, ENTERPRISES[0].slug) },
        insurer: "MAIF, contrat RC étudiant n° 4 512 889",
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  // The completed internship's certificate (seed-certificates.ts): signed, outside the transaction.
  const { seedDemoCertificates } = await import("./seed-certificates");
  await seedDemoCertificates();
}

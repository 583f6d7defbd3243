import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { applicationScope } from "@/lib/applications/policy";
import { enterpriseScope } from "@/lib/enterprises/policy";
import { requireActor } from "@/lib/identity/policy";
import { internshipScope } from "@/lib/internships/policy";
import { visibleOffer } from "@/lib/offers/visible-offer";
import { universityScope } from "@/lib/universities/policy";

export type DashboardSummary = {
  stats: { key: string; value: number; href?: string }[];
  recentOffers: { id: string; title: string; enterprise: string; city: string }[];
  verificationStatus?: string;
};

/** The applications that count: sent and not withdrawn. */
const SENT = { status: { notIn: ["DRAFT", "WITHDRAWN"] } } satisfies Prisma.ApplicationWhereInput;

const latestPublished = () =>
  db.offer.findMany({
    where: visibleOffer(),
    orderBy: { publishedAt: "desc" },
    take: 5,
    select: { id: true, title: true, city: true, enterprise: { select: { name: true } } },
  });

/** The figures on each role's dashboard, limited to what the actor owns. */
export async function dashboardSummary(actor: Actor | null): Promise<DashboardSummary> {
  const me = requireActor(actor);
  const offers = async () =>
    (await latestPublished()).map((o) => ({ id: o.id, title: o.title, city: o.city, enterprise: o.enterprise.name }));

  switch (me.role) {
    case "STUDENT": {
      const studentId = me.studentId ?? "-";
      const [applications, favourites, internships, recentOffers] = await Promise.all([
        db.application.count({ where: { AND: [applicationScope(me), SENT] } }),
        db.favourite.count({ where: { studentId } }),
        db.internship.count({ where: internshipScope(me) }),
        offers(),
      ]);
      return {
        stats: [
          { key: "applications", value: applications, href: "/student/applications" },
          { key: "favourites", value: favourites, href: "/student/saved" },
          { key: "internships", value: internships },
        ],
        recentOffers,
      };
    }
    case "ENTERPRISE": {
      const scope = enterpriseScope(me);
      const [published, applications, internships, enterprise] = await Promise.all([
        db.offer.count({ where: { ...scope, status: "PUBLISHED" } }),
        db.application.count({ where: { AND: [applicationScope(me), SENT] } }),
        db.internship.count({ where: internshipScope(me) }),
        db.enterprise.findUnique({ where: { id: scope.enterpriseId }, select: { verificationStatus: true } }),
      ]);
      return {
        stats: [
          { key: "publishedOffers", value: published },
          { key: "applications", value: applications },
          { key: "internships", value: internships },
        ],
        recentOffers: [],
        verificationStatus: enterprise?.verificationStatus,
      };
    }
    case "UNIVERSITY_ADMIN": {
      const scope = universityScope(me);
      const [students, internships] = await Promise.all([
        db.student.count({ where: scope }),
        db.internship.count({ where: internshipScope(me) }),
      ]);
      return {
        stats: [
          { key: "students", value: students },
          { key: "internships", value: internships },
        ],
        recentOffers: await offers(),
      };
    }
    case "UNIVERSITY_SUPERVISOR": {
      const internships = await db.internship.count({ where: internshipScope(me) });
      return { stats: [{ key: "internships", value: internships }], recentOffers: [] };
    }
    case "SYSTEM_ADMIN": {
      const [users, enterprises, pending, published] = await Promise.all([
        db.user.count(),
        db.enterprise.count(),
        db.enterprise.count({ where: { verificationStatus: "PENDING" } }),
        db.offer.count({ where: { status: "PUBLISHED" } }),
      ]);
      return {
        stats: [
          { key: "users", value: users },
          { key: "enterprises", value: enterprises },
          { key: "pendingVerifications", value: pending },
          { key: "publishedOffers", value: published },
        ],
        recentOffers: [],
      };
    }
  }
}

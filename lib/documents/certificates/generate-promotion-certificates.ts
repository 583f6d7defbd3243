import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireCertificateAdmin } from "./policy";
import { promotionSchema } from "./schemas";

/** A promotion's completed internships: students of the program whose internship ends in the year. */
function promotionWhere(
  scope: Prisma.InternshipWhereInput,
  programId: string,
  year: number,
): Prisma.InternshipWhereInput {
  return {
    AND: [
      scope,
      { status: "COMPLETED", student: { programId } },
      { endDate: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
    ],
  };
}

async function ownPromotion(actor: Actor | null, input: unknown) {
  const { me, scope } = requireCertificateAdmin(actor);
  const { programId, year } = await validate(promotionSchema, input);
  const program = await db.program.findFirst({
    where: {
      id: programId,
      ...(me.role === "SYSTEM_ADMIN" ? {} : { department: { universityId: me.university?.id ?? "-" } }),
    },
    select: { id: true, department: { select: { universityId: true } } },
  });
  if (!program) throw notFound("programUnknown");
  return {
    me,
    where: promotionWhere(scope, programId, year),
    programId,
    year,
    universityId: program.department.universityId,
  };
}

/** How far a promotion's certificates are: its completed internships, and how many have their certificate. */
export async function promotionProgress(actor: Actor | null, input: unknown) {
  const { where } = await ownPromotion(actor, input);
  const [total, issued] = await Promise.all([
    db.internship.count({ where }),
    db.internship.count({ where: { AND: [where, { certificates: { some: { kind: "CERTIFICATE" } } }] } }),
  ]);
  return { total, issued };
}

/**
 * A university admin has the certificates of a whole promotion generated: a workflow issues them
 * one by one in the background (one per internship, those already issued are skipped), so asking
 * again after a failure resumes. Answers the progress at the time of asking.
 */
export async function requestPromotionCertificates(actor: Actor | null, input: unknown) {
  const { me, programId, year, universityId } = await ownPromotion(actor, input);
  const progress = await promotionProgress(actor, input);
  if (progress.issued < progress.total) {
    await db.$transaction((tx) =>
      recordEvent(tx, "certificate.batch-requested", { universityId, programId, year, requestedById: me.userId }),
    );
  }
  return progress;
}

/** The internships the workflow works through, listed once (its first step). */
export async function promotionInternshipIds(data: { universityId: string; programId: string; year: number }) {
  const rows = await db.internship.findMany({
    where: promotionWhere({ universityId: data.universityId }, data.programId, data.year),
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.id);
}

/** The programs a university admin may pick a promotion from: their university's. */
export async function listPromotionPrograms(actor: Actor | null) {
  const { me } = requireCertificateAdmin(actor);
  return db.program.findMany({
    where: me.role === "SYSTEM_ADMIN" ? {} : { department: { universityId: me.university?.id ?? "-" } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * Every program's promotion of a year, or one program's when the filter names it: its completed
 * internships and how many have their certificate. A program of another university reads as unknown.
 */
export async function listPromotions(actor: Actor | null, input: { year: number; programId?: string | null }) {
  const { scope } = requireCertificateAdmin(actor);
  const year = (await validate(promotionSchema, { programId: "-", year: input.year })).year;
  const programs = await listPromotionPrograms(actor);
  const shown = input.programId ? programs.filter((p) => p.id === input.programId) : programs;
  if (input.programId && shown.length === 0) throw notFound("programUnknown");
  return Promise.all(
    shown.map(async (program) => {
      const where = promotionWhere(scope, program.id, year);
      const [total, issued] = await Promise.all([
        db.internship.count({ where }),
        db.internship.count({ where: { AND: [where, { certificates: { some: { kind: "CERTIFICATE" } } }] } }),
      ]);
      return { programId: program.id, name: program.name, year, total, issued };
    }),
  );
}

import type { Tx } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { fromMinorUnits } from "@/lib/core/money";
import type { AgreementParty, SignatureMethod } from "@/lib/generated/prisma/enums";
import { frozenArticles, renderLanguage, templateFor } from "./agreement-template";
import { FR_MINIMUM_HOURLY_STIPEND_MINOR, FR_STIPEND_THRESHOLD_DAYS, stipendShortfall } from "./minimum-stipend";
import type { AgreementLanguage, TemplateArticle } from "./schemas";

/**
 * Which rendering: `to-sign` is the document every party signs (content, articles and the
 * signers, no signature yet: one hash for the whole circuit); `signed` adds every signature with
 * its time, method and the hash it covers; `draft` is a preview, marked as such.
 */
export type PdfVersion = "draft" | "to-sign" | "signed";

export type AgreementPdfData = {
  version: PdfVersion;
  id: string;
  language: AgreementLanguage;
  /** The PDF's creation date: from the agreement's data, so the same agreement gives the same bytes. */
  createdAt: Date;
  student: { name: string; email: string; studentNumber: string | null; program: string | null };
  enterprise: { name: string; address: string | null };
  university: { name: string; country: string };
  offer: string;
  startDate: Date;
  endDate: Date;
  weeklyHours: number;
  stipendAmountMinor: number | null;
  stipendCurrency: string;
  /** The French minimum-stipend rule, when it applies (over two months in France). */
  minimumStipend: { hourlyMinor: number; monthlyMinor: number; met: boolean } | null;
  place: string | null;
  tasks: string | null;
  tutor: { name: string | null; email: string | null };
  supervisor: { name: string; email: string } | null;
  legalRep: { name: string | null; email: string | null } | null;
  insurance: string | null;
  articles: TemplateArticle[];
  /** The SHA-256 of the `to-sign` rendering (on the signed version: what every party signed). */
  signedDocumentSha256: string | null;
  /** On the signed version, the amendments signed since (« Avenants »), oldest first; the content above is as amended. */
  amendments: PdfAmendment[];
  steps: {
    order: number;
    party: AgreementParty;
    name: string | null;
    email: string | null;
    signedAt: Date | null;
    method: SignatureMethod | null;
    scanSha256: string | null;
  }[];
};

export type PdfAmendment = {
  decidedAt: Date;
  summary: string;
  /** Each field changed, its values as the PDF prints them (money in major units, people by name). */
  changes: { field: string; before: string | null; after: string | null }[];
  signatories: { order: number; party: AgreementParty; name: string | null; signedAt: Date | null }[];
};

const DAY_MS = 86_400_000;

/** The amendments signed and applied, for the signed PDF (their values printable). */
async function signedAmendments(tx: Tx, agreementId: string, currency: string): Promise<PdfAmendment[]> {
  const rows = await tx.agreementAmendment.findMany({
    where: { agreementId, status: "APPROVED" },
    orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
    select: {
      decidedAt: true,
      createdAt: true,
      summary: true,
      changes: true,
      steps: { orderBy: { order: "asc" }, select: { order: true, party: true, signerName: true, signedAt: true } },
    },
  });
  const changesOf = (row: (typeof rows)[number]) =>
    Object.entries((row.changes ?? {}) as Record<string, { before: unknown; after: unknown }>);
  const supervisorIds = rows.flatMap((row) =>
    changesOf(row)
      .filter(([field]) => field === "supervisorId")
      .flatMap(([, change]) => [change.before, change.after])
      .filter((id): id is string => typeof id === "string"),
  );
  const supervisors = new Map(
    (
      await tx.universityStaff.findMany({
        where: { id: { in: supervisorIds } },
        select: { id: true, user: { select: { name: true } } },
      })
    ).map((staff) => [staff.id, staff.user.name]),
  );
  const printable = (field: string, value: unknown): string | null => {
    if (value === null || value === undefined || value === "") return null;
    if (field === "stipendAmountMinor") return `${fromMinorUnits(Number(value), currency)} ${currency}`;
    if (field === "supervisorId") return supervisors.get(String(value)) ?? String(value);
    return String(value);
  };
  return rows.map((row) => ({
    decidedAt: row.decidedAt ?? row.createdAt,
    summary: row.summary,
    changes: changesOf(row)
      .filter(([field]) => field !== "earlyEnd")
      .map(([field, change]) => ({
        field,
        before: printable(field, change.before),
        after: printable(field, change.after),
      })),
    signatories: row.steps.map((s) => ({ order: s.order, party: s.party, name: s.signerName, signedAt: s.signedAt })),
  }));
}

/** Everything the PDF shows, read inside the caller's transaction. */
export async function agreementPdfData(tx: Tx, agreementId: string, version: PdfVersion): Promise<AgreementPdfData> {
  const row = await tx.agreement.findUnique({
    where: { id: agreementId },
    include: {
      student: {
        select: {
          studentNumber: true,
          user: { select: { name: true, email: true } },
          program: { select: { name: true, departmentId: true } },
        },
      },
      enterprise: { select: { name: true, locations: { take: 1, orderBy: { id: "asc" } } } },
      university: { select: { name: true, country: true } },
      supervisor: { select: { user: { select: { name: true, email: true } } } },
      application: { select: { offer: { select: { title: true } } } },
      steps: {
        orderBy: { order: "asc" },
        select: {
          order: true,
          party: true,
          signerName: true,
          signerEmail: true,
          status: true,
          signedAt: true,
          method: true,
          documentSha256: true,
          scan: { select: { versions: { orderBy: { version: "desc" }, take: 1, select: { sha256: true } } } },
        },
      },
    },
  });
  if (!row) throw notFound("agreementNotFound");
  const frozen = frozenArticles(row.terms);
  const language = frozen?.language ?? renderLanguage(row.language);
  const articles =
    frozen?.articles ?? (await templateFor(tx, row.universityId, row.student.program?.departmentId ?? null))[language];
  const days = Math.round((row.endDate.getTime() - row.startDate.getTime()) / DAY_MS) + 1;
  const ruleApplies = row.university.country === "FR" && days > FR_STIPEND_THRESHOLD_DAYS;
  const shortfall = stipendShortfall({ ...row, country: row.university.country });
  const location = row.enterprise.locations[0];
  const signed = version === "signed";
  const amendments = signed ? await signedAmendments(tx, agreementId, row.stipendCurrency) : [];
  return {
    version,
    id: row.id,
    language,
    // An amended PDF is dated by its last amendment: the same agreement and amendments give the same bytes.
    createdAt: (signed ? (amendments.at(-1)?.decidedAt ?? row.validatedAt) : null) ?? row.createdAt,
    student: {
      name: row.student.user.name,
      email: row.student.user.email,
      studentNumber: row.student.studentNumber,
      program: row.student.program?.name ?? null,
    },
    enterprise: {
      name: row.enterprise.name,
      address: location ? [location.address, location.city, location.country].filter(Boolean).join(", ") : null,
    },
    university: row.university,
    offer: row.application.offer.title,
    startDate: row.startDate,
    endDate: row.endDate,
    weeklyHours: row.weeklyHours,
    stipendAmountMinor: row.stipendAmountMinor,
    stipendCurrency: row.stipendCurrency,
    minimumStipend: ruleApplies
      ? {
          hourlyMinor: FR_MINIMUM_HOURLY_STIPEND_MINOR,
          monthlyMinor: Math.ceil((FR_MINIMUM_HOURLY_STIPEND_MINOR * row.weeklyHours * 52) / 12),
          met: !shortfall,
        }
      : null,
    place: row.place,
    tasks: row.tasks,
    tutor: { name: row.tutorName, email: row.tutorEmail },
    supervisor: row.supervisor?.user ?? null,
    legalRep: row.legalRepName || row.legalRepEmail ? { name: row.legalRepName, email: row.legalRepEmail } : null,
    insurance: row.insurance,
    articles,
    // What every party signed; the agreement's contentSha256 moves to each amended PDF, the steps keep the original.
    signedDocumentSha256: signed
      ? (row.steps.find((s) => s.status === "SIGNED" && s.documentSha256)?.documentSha256 ?? row.contentSha256)
      : null,
    amendments,
    steps: row.steps.map((s) => ({
      order: s.order,
      party: s.party,
      // Any admin of the university may validate: the document signed names the university, not the admin asked.
      ...(s.party === "UNIVERSITY_VALIDATOR" && !signed
        ? { name: row.university.name, email: null }
        : { name: s.signerName, email: s.signerEmail }),
      signedAt: signed && s.status === "SIGNED" ? s.signedAt : null,
      method: signed && s.status === "SIGNED" ? s.method : null,
      scanSha256: signed && s.method === "PAPER" ? (s.scan?.versions[0]?.sha256 ?? null) : null,
    })),
  };
}

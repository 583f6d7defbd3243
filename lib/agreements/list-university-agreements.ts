import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { currentStep } from "./agreement-view";
import { requireUniversityAdmin } from "./policy";
import { agreementListSchema } from "./schemas";

const DAY_MS = 86_400_000;

/**
 * A university's agreements, newest first, by state: for each, the party it waits for and for
 * how many days (since that party was asked). Filters: `status`, `waitingFor` (a party).
 */
export async function listUniversityAgreements(actor: Actor | null, universityId: string, input: unknown) {
  requireUniversityAdmin(actor, universityId);
  const { status, waitingFor } = await validate(agreementListSchema, input);
  const rows = await db.agreement.findMany({
    where: { universityId, ...(status && { status }) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      updatedAt: true,
      student: { select: { user: { select: { name: true } } } },
      enterprise: { select: { name: true } },
      steps: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          party: true,
          status: true,
          askedAt: true,
          lastRemindedAt: true,
          deadline: true,
          signerName: true,
          signerEmail: true,
        },
      },
    },
  });
  const now = Date.now();
  const counts = await db.agreement.groupBy({ by: ["status"], where: { universityId }, _count: true });
  const items = rows
    .map((row) => {
      const turn = currentStep(row);
      return {
        id: row.id,
        status: row.status,
        student: row.student.user.name,
        enterprise: row.enterprise.name,
        startDate: row.startDate,
        endDate: row.endDate,
        updatedAt: row.updatedAt,
        waitingFor: turn
          ? {
              party: turn.party,
              signer: { name: turn.signerName, email: turn.signerEmail },
              since: turn.askedAt,
              days: turn.askedAt ? Math.floor((now - turn.askedAt.getTime()) / DAY_MS) : 0,
              deadline: turn.deadline,
              lastRemindedAt: turn.lastRemindedAt,
              overdue: Boolean(turn.deadline && turn.deadline.getTime() + DAY_MS <= now),
            }
          : null,
      };
    })
    .filter((item) => !waitingFor || item.waitingFor?.party === waitingFor);
  return { items, counts: Object.fromEntries(counts.map((c) => [c.status, c._count])) };
}

/** The same list as CSV (one line per agreement), for the university's spreadsheets. */
export async function exportUniversityAgreements(actor: Actor | null, universityId: string, input: unknown) {
  const { items } = await listUniversityAgreements(actor, universityId, input);
  const cell = (value: unknown) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? "");
    // A leading = + - @ would run as a formula in a spreadsheet.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\n;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const header = [
    "id",
    "status",
    "student",
    "enterprise",
    "startDate",
    "endDate",
    "waitingFor",
    "waitingDays",
    "lastReminder",
  ];
  const lines = items.map((i) =>
    [
      i.id,
      i.status,
      i.student,
      i.enterprise,
      i.startDate,
      i.endDate,
      i.waitingFor?.party,
      i.waitingFor?.days,
      i.waitingFor?.lastRemindedAt,
    ]
      .map(cell)
      .join(","),
  );
  return [header.join(","), ...lines].join("\n") + "\n";
}

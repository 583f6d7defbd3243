import type { Tx } from "@/lib/core/db";
import type { AgreementParty } from "@/lib/generated/prisma/enums";
import { DEFAULT_CIRCUIT } from "./schemas";

export type CircuitStep = { party: AgreementParty; deadlineDays: number };
export type Circuit = {
  source: "department" | "university" | "default";
  steps: CircuitStep[];
  /** Days the awaited party is left, after being asked or reminded, before the next reminder. */
  reminderAfterDays: number;
};

export const DEFAULT_REMINDER_AFTER_DAYS = 3;

const ordered = {
  reminderAfterDays: true,
  steps: { orderBy: { order: "asc" as const }, select: { party: true, deadlineDays: true } },
};
const normalise = (steps: { party: AgreementParty; deadlineDays: number | null }[]) =>
  steps.map((s) => ({ party: s.party, deadlineDays: s.deadlineDays ?? 7 }));

/** The circuit that applies: the department's if it has one, else the university's, else the default. */
export async function circuitFor(tx: Tx, universityId: string, departmentId: string | null): Promise<Circuit> {
  if (departmentId) {
    const own = await tx.agreementCircuit.findFirst({ where: { universityId, departmentId }, select: ordered });
    if (own?.steps.length)
      return { source: "department", steps: normalise(own.steps), reminderAfterDays: own.reminderAfterDays };
  }
  const university = await tx.agreementCircuit.findFirst({
    where: { universityId, departmentId: null },
    select: ordered,
  });
  if (university?.steps.length)
    return {
      source: "university",
      steps: normalise(university.steps),
      reminderAfterDays: university.reminderAfterDays,
    };
  return { source: "default", steps: DEFAULT_CIRCUIT, reminderAfterDays: DEFAULT_REMINDER_AFTER_DAYS };
}

import type { Tx } from "@/lib/core/db";
import type { AgreementParty } from "@/lib/generated/prisma/enums";
import { DEFAULT_CIRCUIT } from "./schemas";

export type CircuitStep = { party: AgreementParty; deadlineDays: number };
export type Circuit = { source: "department" | "university" | "default"; steps: CircuitStep[] };

const ordered = { steps: { orderBy: { order: "asc" as const }, select: { party: true, deadlineDays: true } } };
const normalise = (steps: { party: AgreementParty; deadlineDays: number | null }[]) =>
  steps.map((s) => ({ party: s.party, deadlineDays: s.deadlineDays ?? 7 }));

/** The circuit that applies: the department's if it has one, else the university's, else the default. */
export async function circuitFor(tx: Tx, universityId: string, departmentId: string | null): Promise<Circuit> {
  if (departmentId) {
    const own = await tx.agreementCircuit.findFirst({ where: { universityId, departmentId }, select: ordered });
    if (own?.steps.length) return { source: "department", steps: normalise(own.steps) };
  }
  const university = await tx.agreementCircuit.findFirst({
    where: { universityId, departmentId: null },
    select: ordered,
  });
  if (university?.steps.length) return { source: "university", steps: normalise(university.steps) };
  return { source: "default", steps: DEFAULT_CIRCUIT };
}

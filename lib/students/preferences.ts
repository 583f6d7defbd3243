import { fromMinorUnits } from "@/lib/core/money";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A student's internship wishes as stored: the minimum monthly stipend in minor units of `currency`. */
export const preferenceSelect = {
  fields: true,
  places: true,
  remoteModes: true,
  availableFrom: true,
  availableTo: true,
  minStipendMinor: true,
  currency: true,
} satisfies Prisma.InternshipPreferenceSelect;

type PreferenceRow = Prisma.InternshipPreferenceGetPayload<{ select: typeof preferenceSelect }>;

/** The wishes as forms, pages and the API show them: the minimum stipend in major units. */
export function toPreferences({ minStipendMinor, ...row }: PreferenceRow) {
  return { ...row, minStipend: fromMinorUnits(minStipendMinor, row.currency) };
}

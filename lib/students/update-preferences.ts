import { db } from "@/lib/core/db";
import { toMinorUnits } from "@/lib/core/money";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "./policy";
import { preferenceSelect, toPreferences } from "./preferences";
import { preferencesSchema } from "./schemas";

/** The student's internship wishes (fields, places, remote modes, dates, stipend), replaced as a whole. */
export async function updatePreferences(actor: Actor | null, studentId: string, input: unknown) {
  const me = requireOwnStudent(actor, studentId);
  const values = await validate(preferencesSchema, input);
  const data = {
    fields: values.fields.filter((v): v is NonNullable<typeof v> => Boolean(v)),
    places: values.places.filter((v): v is NonNullable<typeof v> => Boolean(v)),
    remoteModes: values.remoteModes.filter((v): v is NonNullable<typeof v> => Boolean(v)),
    availableFrom: values.availableFrom ?? null,
    availableTo: values.availableTo ?? null,
    minStipendMinor: toMinorUnits(values.minStipend, values.currency),
    currency: values.currency,
  };
  const row = await db.internshipPreference.upsert({
    where: { studentId: me.studentId },
    create: { studentId: me.studentId, ...data },
    update: data,
    select: preferenceSelect,
  });
  return toPreferences(row);
}

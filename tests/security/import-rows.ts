import { db } from "@/lib/core/db";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

/** An import source of the enterprise: its careers page (an address that resolves nowhere). */
export const importSourceOf = async (enterpriseId: string) =>
  (
    await db.importSource.create({
      data: {
        name: `Carrières ${unique()}`,
        kind: "JSON_LD",
        url: `https://careers.example.test/${unique()}`,
        enterpriseId,
      },
    })
  ).id;

/** A finished run of a new source of the enterprise. */
export const importRunOf = async (enterpriseId: string) =>
  (
    await db.importRun.create({
      data: {
        sourceId: await importSourceOf(enterpriseId),
        status: "SUCCEEDED",
        finishedAt: new Date(),
        found: 2,
        created: 1,
      },
    })
  ).id;

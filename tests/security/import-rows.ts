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

/**
 * An offer imported from the web under a new unverified enterprise with no member, named as the
 * given verified enterprise but in capitals: that enterprise's admins may claim it.
 */
export const importedOfferOf = async (enterpriseName: string) => {
  const enterprise = await db.enterprise.create({
    data: { name: enterpriseName.toUpperCase(), slug: `import-${unique()}` },
  });
  const id = unique();
  const offer = await db.offer.create({
    data: {
      enterpriseId: enterprise.id,
      title: `Stage importé ${id}`,
      description: "Une offre lue sur une page carrières, ici pour les tests de revendication.",
      field: "Other",
      city: "Lyon",
      country: "FR",
      durationWeeks: 24,
      status: "PUBLISHED",
      publishedAt: new Date(),
      source: "IMPORTED",
      externalId: `ext-${id}`,
      externalUrl: `https://jobs.example.test/${id}`,
    },
  });
  return offer.id;
};

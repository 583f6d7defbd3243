import { describe, expect, it } from "vitest";
import { POST as claimRoute } from "./route";
import { db } from "@/lib/core/db";
import { enterpriseForImport } from "@/lib/enterprises/enterprise-for-import";
import reasons from "@/messages/en/reasons.json";
import { bearer, enterpriseWithOffer, memberOf, offerOf, studentWithCv } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser } from "@/tests/helpers/users";
import { comparableName } from "@/lib/offers/claim-imported-offer";
import { updateImportedOffer } from "@/lib/offers/imported-offers";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${++counter}`;

/** A verified enterprise of that name (and website), with its admin's bearer headers. */
async function claimer(name: string, website: string | null = null) {
  const company = await enterpriseWithOffer();
  await db.enterprise.update({ where: { id: company.enterpriseId }, data: { name, website } });
  return company;
}

/** What an import run leaves: a source, and an offer of it under the enterprise the posting names. */
async function importedOffer(organisation: string, externalUrl = `https://jobs.example.test/${unique()}`) {
  const source = await db.importSource.create({
    data: { name: `Source ${unique()}`, kind: "JSON_LD", url: `https://feeds.example.test/${unique()}` },
  });
  const enterpriseId = await db.$transaction((tx) => enterpriseForImport(tx, organisation));
  const offerId = await offerOf(enterpriseId, {
    title: `Stage importé ${unique()}`,
    source: "IMPORTED",
    importSourceId: source.id,
    externalId: `ext-${unique()}`,
    externalUrl,
  });
  return { offerId, enterpriseId, sourceId: source.id };
}

const claim = async (offerId: string, headers: Record<string, string>) =>
  callRoute(claimRoute, { path: `/offers/${offerId}/claim`, params: { id: offerId }, headers });

/** The offer's owner and last change, and the claims recorded of it: what a refusal must leave as it was. */
const stateOf = async (offerId: string) => ({
  offer: await db.offer.findUnique({ where: { id: offerId }, select: { enterpriseId: true, updatedAt: true } }),
  audits: await db.auditLog.count({ where: { entity: "Offer", entityId: offerId, action: "offer.claimed" } }),
});

const refusal = (status: number, reason: keyof typeof reasons.reasons) => ({
  status,
  body: expect.objectContaining({ status, title: reasons.reasons[reason] }),
});

describe("claiming an imported offer", () => {
  it("moves the offer to the verified enterprise named like the import's, records who did it, and refuses a second claim", async () => {
    const name = `Acmé Robotique ${unique()}`;
    const real = await claimer(name);
    // The import wrote the name otherwise (no accent, capitals, a trailing dot).
    const imported = await importedOffer(`${name.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase()}.`);
    expect(imported.enterpriseId).not.toBe(real.enterpriseId);

    const answer = await claim(imported.offerId, real.headers);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: imported.offerId, enterprise: { id: real.enterpriseId, name } });
    const offer = await db.offer.findUniqueOrThrow({ where: { id: imported.offerId } });
    expect(offer).toMatchObject({ enterpriseId: real.enterpriseId, source: "IMPORTED", status: "PUBLISHED" });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entity: "Offer", entityId: imported.offerId, action: "offer.claimed" },
    });
    expect(audit).toMatchObject({
      actorId: real.user.id,
      before: expect.objectContaining({ enterpriseId: imported.enterpriseId }),
      after: expect.objectContaining({ enterpriseId: real.enterpriseId }),
    });

    const before = await stateOf(imported.offerId);
    expect(await claim(imported.offerId, real.headers)).toMatchObject(refusal(409, "offerAlreadyYours"));
    expect(await stateOf(imported.offerId)).toEqual(before);

    // Later runs of its source still update it (the offer stays imported).
    const updated = await db.$transaction((tx) =>
      updateImportedOffer(tx, imported.offerId, imported.sourceId, {
        title: "Stage importé mis à jour",
        description: offer.description,
        field: offer.field,
        city: offer.city,
        country: offer.country,
        remoteMode: offer.remoteMode,
        durationWeeks: offer.durationWeeks,
        startFrom: null,
        deadline: offer.deadline,
        stipendAmountMinor: null,
        stipendCurrency: offer.stipendCurrency,
        stipendPeriod: offer.stipendPeriod,
        languages: [],
        externalUrl: offer.externalUrl!,
        skillIds: [],
      }),
    );
    expect(updated).toBe(true);
    expect(await db.offer.findUniqueOrThrow({ where: { id: imported.offerId } })).toMatchObject({
      enterpriseId: real.enterpriseId,
      title: "Stage importé mis à jour",
    });
  });

  it("grants a claim by the original posting's domain when the names differ", async () => {
    const domain = `acme-${unique()}.example`;
    const real = await claimer(`Acme Group ${unique()}`, `https://www.${domain}/`);
    const imported = await importedOffer(`Acme Careers ${unique()}`, `https://careers.${domain}/jobs/42`);
    expect((await claim(imported.offerId, real.headers)).status).toBe(200);
    expect((await db.offer.findUniqueOrThrow({ where: { id: imported.offerId } })).enterpriseId).toBe(
      real.enterpriseId,
    );
  });

  it("refuses, changing nothing, an offer in the name of another enterprise, a non-admin, a student, an unverified enterprise", async () => {
    const name = `Globex ${unique()}`;
    const real = await claimer(name, "https://globex.example");
    // Named with a trailing "!" (the import would otherwise have attached it to the verified one).
    const imported = await importedOffer(`${name}!`);
    const before = await stateOf(imported.offerId);

    // Another verified enterprise, whose name and site are not the import's.
    const rival = await claimer(`Initech ${unique()}`, "https://initech.example");
    expect(await claim(imported.offerId, rival.headers)).toMatchObject(refusal(403, "claimNameMismatch"));
    const { user: recruiter } = await memberOf(real.enterpriseId, "RECRUITER");
    expect(await claim(imported.offerId, await bearer(recruiter))).toMatchObject(
      refusal(403, "claimNeedsEnterpriseAdmin"),
    );
    const { user: student } = await studentWithCv();
    expect(await claim(imported.offerId, await bearer(student))).toMatchObject(refusal(403, "forbidden"));
    // An enterprise of the same name that is not verified yet.
    const unverified = await createUser("ENTERPRISE");
    await db.enterprise.updateMany({ where: { members: { some: { userId: unverified.id } } }, data: { name } });
    expect(await claim(imported.offerId, await bearer(unverified))).toMatchObject(
      refusal(403, "claimNeedsVerifiedEnterprise"),
    );

    expect(await stateOf(imported.offerId)).toEqual(before);
  });

  it("refuses, changing nothing, an unknown offer, a non-imported offer, and an offer of a verified or managed enterprise", async () => {
    const name = `Umbrella ${unique()}`;
    const real = await claimer(name);

    expect(await claim("cl0000000000000000000000", real.headers)).toMatchObject(refusal(404, "offerNotFound"));

    // An enterprise's own offer, named alike but not imported.
    const other = await enterpriseWithOffer();
    await db.enterprise.update({ where: { id: other.enterpriseId }, data: { name, verificationStatus: "UNVERIFIED" } });
    const own = await stateOf(other.offerId);
    expect(await claim(other.offerId, real.headers)).toMatchObject(refusal(409, "claimNeedsImportedOffer"));
    expect(await stateOf(other.offerId)).toEqual(own);

    // An imported offer of a verified enterprise (an import that targeted it).
    const verified = await importedOffer(`Umbrella Verified ${unique()}`);
    await db.enterprise.update({
      where: { id: verified.enterpriseId },
      data: { name, verificationStatus: "VERIFIED" },
    });
    const verifiedBefore = await stateOf(verified.offerId);
    expect(await claim(verified.offerId, real.headers)).toMatchObject(refusal(409, "offerHasOwner"));
    expect(await stateOf(verified.offerId)).toEqual(verifiedBefore);

    // An imported offer of an unverified enterprise that has a member already.
    const managed = await importedOffer(`${name} ${unique()}`);
    await db.enterprise.update({ where: { id: managed.enterpriseId }, data: { name } });
    await createUser("ENTERPRISE", { enterpriseId: managed.enterpriseId });
    const managedBefore = await stateOf(managed.offerId);
    expect(await claim(managed.offerId, real.headers)).toMatchObject(refusal(409, "offerHasOwner"));
    expect(await stateOf(managed.offerId)).toEqual(managedBefore);

    // A closed imported offer is not visible: unknown.
    const closed = await importedOffer(`${name}!`);
    await db.offer.update({ where: { id: closed.offerId }, data: { status: "CLOSED", closedAt: new Date() } });
    expect(await claim(closed.offerId, real.headers)).toMatchObject(refusal(404, "offerNotFound"));
  });

  it("compares names without case, accents, spaces or punctuation", () => {
    expect(comparableName("  Société Générale,  S.A. ")).toBe(comparableName("SOCIETE GENERALE SA"));
    expect(comparableName("Acme")).not.toBe(comparableName("Acme Labs"));
  });
});

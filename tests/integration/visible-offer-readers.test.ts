import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { getPublicEnterprise } from "@/lib/enterprises/get-public-enterprise";
import { listEnterpriseOffers } from "@/lib/enterprises/list-enterprise-offers";
import { listEnterprises } from "@/lib/enterprises/list-enterprises";
import { listSavedOffers } from "@/lib/favourites/list-saved-offers";
import { saveOffer } from "@/lib/favourites/save-offer";
import { loadActor, type Actor } from "@/lib/identity/actor";
import { getOffer } from "@/lib/offers/get-offer";
import { listOffers } from "@/lib/offers/list-offers";
import { searchOffers } from "@/lib/offers/search-offers";
import { daysFromNow, fixtureEnterprise, fixtureOffers } from "@/lib/offers/search-test-fixtures";
import { loadCandidates } from "@/lib/recommendations/load-candidates";
import { createUser } from "@/tests/helpers/users";

// Every reader that shows offers to the public applies lib/offers/visible-offer.ts, across slices:
// two visible offers and four hidden ones, one per way an offer leaves the public eye.
const KINDS = ["open", "noDeadline", "pastDeadline", "draft", "closed", "expired", "otherPublished"] as const;
const VISIBLE = ["open", "noDeadline"];
let id: Record<(typeof KINDS)[number], string>;
let enterprise: { id: string; name: string };
let student: Actor & { studentId: string };

const sorted = (ids: string[]) => [...ids].sort();
const ours = (ids: string[]) => sorted(ids.filter((x) => Object.values(id).includes(x) && x !== id.otherPublished));
const visibleIds = () => sorted(VISIBLE.map((kind) => id[kind as keyof typeof id]));

beforeAll(async () => {
  enterprise = await fixtureEnterprise(`Visibilité ${Date.now()}`);
  const field = "Visibility studies";
  const [open, noDeadline, pastDeadline, draft, closed, expired] = await fixtureOffers(enterprise.id, [
    { title: "Ouverte", field },
    { title: "Sans date limite", field, deadline: null },
    // Past its deadline, not yet swept to EXPIRED by the workflow: hidden all the same.
    { title: "Date limite passée", field, deadline: daysFromNow(-1) },
    { title: "Brouillon", field, status: "DRAFT", publishedAt: null },
    { title: "Fermée", field, status: "CLOSED" },
    { title: "Expirée", field, status: "EXPIRED", deadline: daysFromNow(-2) },
  ]);
  // A visible offer of another enterprise, to show the enterprise-scoped readers stay scoped.
  const [otherPublished] = await fixtureOffers((await fixtureEnterprise()).id, [
    { title: "Ailleurs", field: "Other field" },
  ]);
  id = { open, noDeadline, pastDeadline, draft, closed, expired, otherPublished } as typeof id;
  const user = await createUser("STUDENT");
  student = (await loadActor(user.id)) as Actor & { studentId: string };
});

describe("every public reader of offers applies it", () => {
  it("search, the offer list and the offer page", async () => {
    expect(ours((await searchOffers({ enterprise: enterprise.id, limit: 100 })).items.map((o) => o.id))).toEqual(
      visibleIds(),
    );
    expect(ours((await listOffers(null, { limit: 100 })).items.map((o) => o.id))).toEqual(visibleIds());
    for (const kind of KINDS) {
      const read = getOffer(null, id[kind]);
      if (VISIBLE.includes(kind) || kind === "otherPublished")
        await expect(read).resolves.toMatchObject({ id: id[kind] });
      else await expect(read).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("the enterprise's public page, its offer list and the directory's count", async () => {
    expect(sorted((await listEnterpriseOffers(null, enterprise.id, { limit: 100 })).items.map((o) => o.id))).toEqual(
      visibleIds(),
    );
    expect(sorted((await getPublicEnterprise(null, enterprise.id)).offers.map((o) => o.id))).toEqual(visibleIds());
    const directory = await listEnterprises({ q: enterprise.name });
    expect(directory.items).toEqual([expect.objectContaining({ id: enterprise.id, openOffers: 2 })]);
  });

  it("saving: only a visible offer can be saved, and saved ones say whether they still are", async () => {
    await saveOffer(student, student.studentId, id.open);
    await expect(saveOffer(student, student.studentId, id.pastDeadline)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.favourite.createMany({
      data: [id.noDeadline, id.pastDeadline, id.closed].map((offerId) => ({ studentId: student.studentId, offerId })),
    });
    const saved = await listSavedOffers(student, student.studentId, { limit: 100 });
    const available = Object.fromEntries(saved.items.map((item) => [item.offer.id, item.available]));
    expect(available).toEqual({ [id.open]: true, [id.noDeadline]: true, [id.pastDeadline]: false, [id.closed]: false });
  });

  it("recommendations", async () => {
    const signals = {
      skillCount: 0,
      importedSkills: [],
      fields: ["Visibility studies"],
      fieldOfStudy: null,
      places: [],
      remoteModes: [],
      availableFrom: null,
      availableTo: null,
      minStipend: null,
      currency: "EUR",
    };
    // A student with no saved offers, so that only the wished field brings candidates in.
    const other = (await loadActor((await createUser("STUDENT")).id))!;
    expect(sorted((await loadCandidates(other.studentId!, signals)).map((c) => c.id))).toEqual(visibleIds());
  });
});

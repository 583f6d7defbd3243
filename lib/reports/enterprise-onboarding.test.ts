import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/core/db";
import { actorOf, enterpriseWithOffer, memberOf, offerOf } from "@/tests/helpers/applications";
import { createUser } from "@/tests/helpers/users";
import { enterpriseOnboarding } from "./enterprise-onboarding";

const open = (steps: Awaited<ReturnType<typeof enterpriseOnboarding>>) =>
  steps?.filter((s) => !s.done).map((s) => s.key);

describe("a new enterprise's first steps", () => {
  it("ticks each step from the data, and disappears once all are done", async () => {
    const admin = await createUser("ENTERPRISE");
    const actor = await actorOf(admin.id);
    expect(open(await enterpriseOnboarding(actor))).toEqual(["profile", "verification", "firstOffer", "team"]);

    const enterpriseId = actor.enterprise!.id;
    await db.enterprise.update({
      where: { id: enterpriseId },
      data: {
        description: "Studio de design à Lyon.",
        logoUrl: "/logo.png",
        applicationEmail: "stages@studio.test",
        locations: { create: { city: "Lyon", country: "FR" } },
        verificationStatus: "VERIFIED",
      },
    });
    await offerOf(enterpriseId, { status: "DRAFT", publishedAt: null });
    expect(open(await enterpriseOnboarding(actor))).toEqual(["firstOffer", "team"]);

    await offerOf(enterpriseId, { status: "CLOSED" });
    await memberOf(enterpriseId, "RECRUITER");
    expect(await enterpriseOnboarding(actor)).toBeNull();
  });

  it("is the enterprise's own, and for enterprises only", async () => {
    const { enterpriseId } = await enterpriseWithOffer();
    const other = await actorOf((await createUser("ENTERPRISE")).id);
    expect(open(await enterpriseOnboarding(other))).toContain("firstOffer");
    expect(other.enterprise!.id).not.toBe(enterpriseId);
    const student = await actorOf((await createUser("STUDENT")).id);
    await expect(enterpriseOnboarding(student)).rejects.toBeInstanceOf(AppError);
  });
});

import { applicationIn, enterpriseWithOffer, studentWithCv } from "./applications";

/** Two enterprises with an offer each, two students, one application each (Alice's to "Stage Data Analyst"). */
export async function world() {
  const mine = await enterpriseWithOffer({ title: "Stage Data Analyst" });
  const theirs = await enterpriseWithOffer({ title: "Stage confidentiel de Bruno" });
  const alice = await studentWithCv();
  const bruno = await studentWithCv();
  const aliceApplication = await applicationIn("SUBMITTED", mine.offerId, alice.studentId);
  const brunoApplication = await applicationIn("UNDER_REVIEW", theirs.offerId, bruno.studentId);
  return { mine, theirs, alice, bruno, aliceApplication, brunoApplication };
}

import { describe, expect, it } from "vitest";
import { profileCompleteness } from "./profile-completeness";
import type { FullStudentProfile } from "./student-profile-select";

const empty = {
  headline: null,
  bio: null,
  program: null,
  fieldOfStudy: null,
  cv: null,
  skills: [],
  academicRecords: [],
  preferences: null,
} as unknown as FullStudentProfile;

const missing = (profile: FullStudentProfile) =>
  profileCompleteness(profile)
    .items.filter((i) => !i.done)
    .map((i) => i.key);

describe("a student's profile completeness", () => {
  it("lists everything missing on a new profile, in order, at 0 %", () => {
    expect(profileCompleteness(empty).percent).toBe(0);
    expect(missing(empty)).toEqual([
      "headline",
      "program",
      "bio",
      "cv",
      "skills",
      "records",
      "preferences",
      "availability",
    ]);
  });

  it("counts what is filled, and asks for a real bio and at least three skills", () => {
    const profile = {
      ...empty,
      headline: "Étudiante en M1 informatique",
      fieldOfStudy: "Informatique",
      bio: "Trop court.",
      cv: { documentId: "d" },
      skills: [{ name: "Python" }, { name: "SQL" }],
      preferences: { fields: ["Data"], places: [], availableFrom: null },
    } as unknown as FullStudentProfile;
    expect(missing(profile)).toEqual(["bio", "skills", "records", "availability"]);
    expect(profileCompleteness(profile).percent).toBe(50);
  });
});

import type { FullStudentProfile } from "./student-profile-select";

/** What makes a profile an enterprise wants to read and recommendations can use, with where to fill it in. */
const CHECKS = [
  { key: "headline", section: "about", done: (p: FullStudentProfile) => Boolean(p.headline) },
  { key: "program", section: "about", done: (p: FullStudentProfile) => Boolean(p.program || p.fieldOfStudy) },
  { key: "bio", section: "about", done: (p: FullStudentProfile) => (p.bio?.trim().length ?? 0) >= 40 },
  { key: "cv", section: "cv", done: (p: FullStudentProfile) => Boolean(p.cv) },
  { key: "skills", section: "skills", done: (p: FullStudentProfile) => p.skills.length >= 3 },
  { key: "records", section: "records", done: (p: FullStudentProfile) => p.academicRecords.length > 0 },
  {
    key: "preferences",
    section: "preferences",
    done: (p: FullStudentProfile) =>
      Boolean(p.preferences && (p.preferences.fields.length > 0 || p.preferences.places.length > 0)),
  },
  {
    key: "availability",
    section: "preferences",
    done: (p: FullStudentProfile) => Boolean(p.preferences?.availableFrom),
  },
] as const;

export type CompletenessItem = { key: (typeof CHECKS)[number]["key"]; section: string; done: boolean };

/** How complete a student's profile is (0–100) and each item, done or not, in the order to fill them. */
export function profileCompleteness(profile: FullStudentProfile) {
  const items: CompletenessItem[] = CHECKS.map(({ key, section, done }) => ({ key, section, done: done(profile) }));
  const percent = Math.round((100 * items.filter((i) => i.done).length) / items.length);
  return { percent, items };
}

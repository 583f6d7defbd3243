import { describe, expect, it } from "vitest";
import { dayKey, internshipWeeks, missingWeeks, mondayOf, weeksBetween } from "./weeks";

const d = (day: string) => new Date(`${day}T00:00:00.000Z`);
const keys = (days: Date[]) => days.map(dayKey);

describe("mondayOf", () => {
  it.each([
    ["2026-03-02", "2026-03-02"], // a Monday is its own
    ["2026-03-08", "2026-03-02"], // Sunday belongs to the week before
    ["2026-03-01", "2026-02-23"], // across a month
    ["2027-01-01", "2026-12-28"], // across a year (a Friday)
    ["2024-03-01", "2024-02-26"], // after a leap day
  ])("%s is in the week of %s", (day, monday) => {
    expect(dayKey(mondayOf(d(day)))).toBe(monday);
  });

  it("reads an instant late in the UTC day as that day", () => {
    expect(dayKey(mondayOf(new Date("2026-03-08T23:59:00Z")))).toBe("2026-03-02");
  });
});

describe("missingWeeks", () => {
  it("lists the weeks over without an entry, across a month boundary", () => {
    const internship = { startDate: d("2026-01-21"), endDate: d("2026-06-30") };
    const written = [d("2026-01-19"), d("2026-02-02")];
    // Today is Wednesday 18 February: the weeks of 19 Jan … 9 Feb are over, the week of 16 Feb is not.
    expect(keys(missingWeeks(internship, written, d("2026-02-18")))).toEqual(["2026-01-26", "2026-02-09"]);
  });

  it("counts the week of the year's turn once, from its Monday in December", () => {
    const internship = { startDate: d("2026-12-14"), endDate: d("2027-03-31") };
    expect(keys(missingWeeks(internship, [d("2026-12-14")], d("2027-01-12")))).toEqual([
      "2026-12-21",
      "2026-12-28",
      "2027-01-04",
    ]);
    expect(keys(missingWeeks(internship, [d("2026-12-14"), d("2026-12-28")], d("2027-01-11")))).toEqual([
      "2026-12-21",
      "2027-01-04",
    ]);
  });

  it("misses nothing before the first week is over, and stops at the end date", () => {
    const internship = { startDate: d("2026-03-04"), endDate: d("2026-03-18") };
    expect(missingWeeks(internship, [], d("2026-03-08"))).toEqual([]);
    expect(keys(missingWeeks(internship, [], d("2027-01-01")))).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
  });
});

describe("internshipWeeks and weeksBetween", () => {
  it("covers every week the internship touches", () => {
    expect(keys(internshipWeeks(d("2026-02-26"), d("2026-03-02")))).toEqual(["2026-02-23", "2026-03-02"]);
    expect(weeksBetween(d("2026-03-02"), d("2026-08-28"))).toBe(26);
    expect(weeksBetween(d("2026-03-02"), d("2026-03-02"))).toBe(1);
  });
});

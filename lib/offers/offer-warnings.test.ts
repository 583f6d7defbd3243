import { describe, expect, it } from "vitest";
import { offerWarnings, utcToday } from "./offer-warnings";

const TODAY = "2026-05-10";
const fine = {
  country: "FR",
  durationWeeks: 24,
  stipendAmount: 650,
  skills: ["React"],
  deadline: "2026-06-01",
  startTo: "2026-09-01",
};
const codes = (values: Parameters<typeof offerWarnings>[0]) => offerWarnings(values, TODAY).map((w) => w.code);

describe("offerWarnings", () => {
  it("says nothing about a complete offer", () => {
    expect(offerWarnings(fine, TODAY)).toEqual([]);
  });

  it("warns about an unpaid internship over two months in France, whatever the case of the code", () => {
    expect(codes({ ...fine, stipendAmount: "" })).toEqual(["unpaidLongInFrance"]);
    expect(codes({ ...fine, stipendAmount: 0, country: "fr" })).toEqual(["unpaidLongInFrance"]);
    expect(codes({ ...fine, stipendAmount: null, durationWeeks: "9" })).toEqual(["unpaidLongInFrance"]);
  });

  it("does not warn about an unpaid internship of two months at most, or outside France", () => {
    expect(codes({ ...fine, stipendAmount: "", durationWeeks: 8 })).toEqual([]);
    expect(codes({ ...fine, stipendAmount: "", country: "BE" })).toEqual([]);
    expect(codes({ ...fine, stipendAmount: "", durationWeeks: "" })).toEqual([]);
  });

  it("blocks a deadline already past, but not one today", () => {
    expect(offerWarnings({ ...fine, deadline: "2026-05-09" }, TODAY)).toEqual([
      { code: "deadlinePast", blocking: true },
    ]);
    expect(codes({ ...fine, deadline: TODAY })).toEqual([]);
    expect(codes({ ...fine, deadline: "" })).toEqual([]);
  });

  it("warns about no skills, blank ones included, and a latest start already past", () => {
    expect(codes({ ...fine, skills: [] })).toEqual(["noSkills"]);
    expect(codes({ ...fine, skills: ["  ", ""] })).toEqual(["noSkills"]);
    expect(codes({ ...fine, startTo: "2026-05-01" })).toEqual(["startPast"]);
  });

  it("lists several problems in the form's order, only the deadline blocking", () => {
    const all = offerWarnings(
      { country: "FR", durationWeeks: 20, skills: [], deadline: "2026-01-01", startTo: "2026-02-01" },
      TODAY,
    );
    expect(all).toEqual([
      { code: "noSkills", blocking: false },
      { code: "startPast", blocking: false },
      { code: "unpaidLongInFrance", blocking: false },
      { code: "deadlinePast", blocking: true },
    ]);
  });

  it("takes today in UTC", () => {
    expect(utcToday(new Date("2026-05-10T23:30:00-02:00"))).toBe("2026-05-11");
  });
});

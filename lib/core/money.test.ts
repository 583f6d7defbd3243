import { describe, expect, it } from "vitest";
import { fromMinorUnits, minorDigits, toMinorUnits } from "./money";

describe("money in minor units", () => {
  it("uses each currency's own decimals", () => {
    expect([minorDigits("EUR"), minorDigits("TND"), minorDigits("JPY")]).toEqual([2, 3, 0]);
    expect(toMinorUnits(1200, "EUR")).toBe(120_000);
    expect(toMinorUnits(450.5, "TND")).toBe(450_500);
    expect(toMinorUnits(3000, "JPY")).toBe(3000);
  });

  it("round-trips amounts, rounding to the smallest unit, and keeps null as null", () => {
    expect(fromMinorUnits(toMinorUnits(19.99, "EUR"), "EUR")).toBe(19.99);
    expect(toMinorUnits(0.105, "EUR")).toBe(11);
    expect(toMinorUnits(null, "EUR")).toBeNull();
    expect(fromMinorUnits(undefined, "EUR")).toBeNull();
  });
});

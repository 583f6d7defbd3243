import { describe, expect, it } from "vitest";
import { publicName } from "./public-name";

describe("publicName", () => {
  it.each([
    ["Camille Durand", "Camille D."],
    ["  Jean-Pierre   de la fontaine ", "Jean-Pierre F."],
    ["Madonna", "Madonna"],
    ["محمد علي", "محمد ع."],
    ["élodie éluard", "élodie É."],
    ["", ""],
  ])("%s → %s", (name, expected) => expect(publicName(name)).toBe(expected));
});

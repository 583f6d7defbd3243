import { describe, expect, it } from "vitest";
import { interviewSlotSchema } from "./schemas";

const slot = (timeZone: string) => ({
  startsAt: new Date(Date.now() + 72 * 3_600_000).toISOString(),
  durationMinutes: 30,
  location: "Lyon",
  timeZone,
});

describe("an interview slot's time zone", () => {
  it.each(["Europe/Paris", "America/New_York", "UTC", "Etc/UTC"])("accepts %s", async (zone) => {
    await expect(interviewSlotSchema.validate(slot(zone))).resolves.toMatchObject({ timeZone: zone });
  });

  it.each(["Mars/Olympus_Mons", "Paris", "+01:00"])("refuses %s", async (zone) => {
    await expect(interviewSlotSchema.validate(slot(zone))).rejects.toMatchObject({ message: "choice" });
  });
});

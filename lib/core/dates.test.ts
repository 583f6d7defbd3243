import * as yup from "yup";
import { describe, expect, it } from "vitest";
import { calendarDate } from "./dates";
import { AppError } from "./errors";
import { validate } from "./validation";

const schema = yup.object({ day: calendarDate(), deadline: calendarDate({ endOfDay: true }) });

describe("calendarDate", () => {
  it("reads a day as UTC midnight, whatever the zone it is parsed in", async () => {
    const { day } = await validate(schema, { day: "2026-03-02" });
    expect(day?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });

  it("reads a deadline day as its last millisecond, so the day itself still counts", async () => {
    const { deadline } = await validate(schema, { deadline: "2026-03-02" });
    expect(deadline?.toISOString()).toBe("2026-03-02T23:59:59.999Z");
  });

  it("keeps a full ISO instant or a Date as it is", async () => {
    const values = await validate(schema, {
      day: "2026-03-02T15:30:00.000+01:00",
      deadline: new Date("2026-04-01T10:00:00.000Z"),
    });
    expect(values.day?.toISOString()).toBe("2026-03-02T14:30:00.000Z");
    expect(values.deadline?.toISOString()).toBe("2026-04-01T10:00:00.000Z");
  });

  it("clears a date sent empty or null, and leaves out one not sent", async () => {
    expect(await validate(schema, { day: "", deadline: null })).toEqual({ day: null, deadline: null });
    expect((await validate(schema, {})).day).toBeUndefined();
  });

  it.each([
    ["a number", 12],
    ["a list", []],
    ["an object", {}],
    ["words", "next week"],
    ["a day that does not exist", "2026-02-30"],
    ["a time without its zone", "2026-03-02T10:00"],
  ])("refuses %s as a date error", async (_, value) => {
    const error = await validate(schema, { day: value }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "VALIDATION", details: { fieldErrors: { day: { key: "date" } } } });
  });
});

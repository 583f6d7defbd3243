import { describe, expect, it } from "vitest";
import * as yup from "yup";
import { AppError, conflict, field, invalid } from "./errors";
import { tooLong, tooMany } from "./limit-messages";
import { problemResponse } from "./problem";
import { tooManyAttempts } from "./rate-limit";
import { translator } from "./translator";
import { validate } from "./validation";

describe("reasons of expected errors", () => {
  it("carry a catalogue key and its values, and read in English for the API", () => {
    const error = conflict({ key: "savedSearchLimit", values: { max: 20 } });
    expect(error.reason).toEqual({ key: "savedSearchLimit", values: { max: 20 } });
    expect(error.message).toBe("You can keep up to 20 saved searches: delete one first.");
    expect(tooManyAttempts(61).message).toBe("Too many attempts. Try again in 2 minutes.");
  });

  it("read in French for a French user, limits named", () => {
    expect(translator("fr", "reasons")("savedSearchLimit", { max: 20 })).toBe(
      "Vous pouvez garder jusqu'à 20 recherches enregistrées : supprimez-en une d'abord.",
    );
    expect(translator("fr", "validation")("fileTooLarge", { megabytes: 5 })).toBe(
      "Le fichier est trop volumineux : 5 Mo maximum.",
    );
    expect(translator("fr", "validation")("tooLong", { max: 200 })).toBe("200 caractères maximum.");
  });

  it("name the limit a field broke, for forms and for the API", async () => {
    const schema = yup.object({ name: yup.string().max(5, tooLong), tags: yup.array(yup.string()).max(2, tooMany) });
    const error = (await validate(schema, { name: "too long a name", tags: ["a", "b", "c"] }).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(error.details.fieldErrors).toEqual({
      name: { key: "tooLong", values: { max: 5 } },
      tags: { key: "tooMany", values: { max: 2 } },
    });
    const body = await problemResponse(error, "req-1").json();
    expect(body).toMatchObject({
      status: 400,
      errors: [
        { field: "name", code: "tooLong", message: "5 characters maximum." },
        { field: "tags", code: "tooMany", message: "2 items maximum." },
      ],
    });
  });

  it("carry extension members into the problem, without replacing the standard ones", async () => {
    const error = new AppError("CONFLICT", "forbidden", {
      extensions: { allowed: ["UNDER_REVIEW", "REJECTED"], status: 200, title: "replaced" },
    });
    const response = problemResponse(error, "req-2");
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      status: 409,
      type: "https://stagiaire.app/problems/conflict",
      title: "You are not allowed to do this.",
      instance: "req-2",
      allowed: ["UNDER_REVIEW", "REJECTED"],
    });
  });

  it("keep yup's own sentences as they are when no key was given", async () => {
    const sentence = "x must be a `number` type";
    const body = await problemResponse(invalid({ x: field(sentence) }), "r").json();
    expect(body.errors).toEqual([{ field: "x", code: sentence, message: sentence }]);
  });
});

import * as yup from "yup";
import { tooLarge, tooLong, tooMany, tooSmall } from "@/lib/core/limit-messages";

/** A skill name as typed: trimmed, single-spaced, 1–60 characters. */
export const skillName = () =>
  yup
    .string()
    .transform((v: string) => v?.replace(/\s+/g, " ").trim())
    .required("required")
    .max(60, tooLong);

/** A list of skills (at most `max`), duplicates removed ignoring case. */
export const skillList = (max = 30) =>
  yup
    .array(skillName())
    .max(max, tooMany)
    .default([])
    .transform((list: string[] | undefined) =>
      list?.filter((name, i, all) => all.findIndex((other) => other?.toLowerCase() === name?.toLowerCase()) === i),
    );

export const skillSearchSchema = yup.object({
  q: yup.string().trim().max(60, tooLong).default(""),
  limit: yup.number().typeError("integer").integer("integer").min(1, tooSmall).max(50, tooLarge).default(15),
});

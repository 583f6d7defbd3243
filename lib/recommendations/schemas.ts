import * as yup from "yup";
import { tooLarge, tooSmall } from "@/lib/core/limit-messages";

/** GET /offers/recommendations/{studentId}: how many of the best offers to return. */
export const recommendationsSchema = yup.object({
  limit: yup.number().typeError("number").integer("integer").min(1, tooSmall).max(50, tooLarge).default(20),
});

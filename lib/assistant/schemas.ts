import * as yup from "yup";
import { tooLong } from "@/lib/core/limit-messages";

/** A question is one message, not a document: longer ones are refused with the limit named. */
export const MESSAGE_MAX = 500;

/** POST /assistant/messages and the panel's action. */
export const assistantMessageSchema = yup.object({
  conversationId: yup
    .string()
    .trim()
    .max(40, tooLong)
    .optional()
    .transform((v) => (v === "" ? undefined : v)),
  message: yup.string().trim().required("required").max(MESSAGE_MAX, tooLong),
});
export type AssistantMessageInput = yup.InferType<typeof assistantMessageSchema>;

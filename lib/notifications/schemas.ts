import * as yup from "yup";
import { tooMany } from "@/lib/core/limit-messages";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";

/** PUT /notifications/preferences/{userId}: a switch per kind and channel; kinds left out stay as they are. */
export const preferencesSchema = yup.object({
  preferences: yup
    .array(
      yup.object({
        kind: yup
          .string<NotificationKind>()
          .oneOf(Object.keys(NOTIFICATION_KINDS) as NotificationKind[], "choice")
          .required("required"),
        inApp: yup.boolean().typeError("choice").required("required"),
        email: yup.boolean().typeError("choice").required("required"),
      }),
    )
    .max(Object.keys(NOTIFICATION_KINDS).length, tooMany)
    .required("required"),
});
export type PreferencesInput = yup.InferType<typeof preferencesSchema>;

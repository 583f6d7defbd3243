import * as yup from "yup";
import { tooLarge, tooLong, tooMany, tooShort, tooSmall } from "@/lib/core/limit-messages";
import type { DigestFrequency } from "@/lib/generated/prisma/enums";
import { LOCALES, type Locale } from "@/lib/core/i18n-config";
import { EMAIL_TEMPLATE_KEYS, templateDefinition, variableList, type EmailTemplateKey } from "./email-templates";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { formatMessage, messageVariables } from "./template-variables";

const minuteOfDay = yup
  .number()
  .typeError("choice")
  .integer("choice")
  .min(0, tooSmall)
  .max(1439, tooLarge)
  .nullable()
  .defined("required");

const isTimeZone = (value: string | undefined) => {
  if (!value) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

/**
 * The e-mail digest (daily or weekly, at an hour) and quiet hours (minutes after midnight on the wall clock of `timeZone`):
 * both ends or neither, and not the same minute (a window of no time at all).
 */
export const deliverySettingsSchema = yup.object({
  emailDigest: yup.boolean().typeError("choice").required("required"),
  /** For a digest: every day, or on Mondays; at `digestHour` (0–23) of the user's time zone. */
  digestFrequency: yup
    .string<DigestFrequency>()
    .oneOf(["DAILY", "WEEKLY"] as const, "choice")
    .default("DAILY"),
  digestHour: yup.number().typeError("choice").integer("choice").min(0, tooSmall).max(23, tooLarge).default(6),
  quietStart: minuteOfDay,
  quietEnd: minuteOfDay
    .test("both", "quietHoursIncomplete", function (end) {
      return (end === null) === (this.parent.quietStart === null);
    })
    .test("empty", "quietHoursEmpty", function (end) {
      return end === null || end !== this.parent.quietStart;
    }),
  timeZone: yup.string().trim().max(64, tooLong).required("required").test("zone", "choice", isTimeZone),
});
export type DeliverySettingsInput = yup.InferType<typeof deliverySettingsSchema>;

/**
 * PUT /notifications/preferences/{userId}: a switch per kind and channel; kinds left out stay as
 * they are, and so does `push` when left out. `settings` (optional): the daily digest and quiet hours.
 */
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
        push: yup.boolean().typeError("choice").optional(),
      }),
    )
    .max(Object.keys(NOTIFICATION_KINDS).length, tooMany)
    .required("required"),
  settings: deliverySettingsSchema.default(undefined).optional(),
});
export type PreferencesInput = yup.InferType<typeof preferencesSchema>;

/** A browser's PushSubscription as `subscription.toJSON()` gives it. */
export const pushSubscriptionSchema = yup.object({
  endpoint: yup
    .string()
    .trim()
    .max(1000, tooLong)
    .required("required")
    .matches(/^https:\/\/[^\s/]+\/\S*$/, "url"),
  keys: yup
    .object({
      p256dh: yup
        .string()
        .trim()
        .max(200, tooLong)
        .matches(/^[A-Za-z0-9_-]+=*$/, "invalidToken")
        .required("required"),
      auth: yup
        .string()
        .trim()
        .max(100, tooLong)
        .matches(/^[A-Za-z0-9_-]+=*$/, "invalidToken")
        .required("required"),
    })
    .required("required"),
});
export type PushSubscriptionInput = yup.InferType<typeof pushSubscriptionSchema>;

/** DELETE of a subscription names its endpoint. */
export const pushEndpointSchema = yup.object({ endpoint: yup.string().trim().max(1000, tooLong).required("required") });

/** POST /notifications/send: a staff message to a group, delivered as the recipients' settings say. */
export const staffMessageSchema = yup.object({
  audience: yup
    .object({
      type: yup.string<"program" | "enterprise">().oneOf(["program", "enterprise"], "choice").required("required"),
      id: yup.string().trim().max(40, tooLong).required("required"),
    })
    .required("required"),
  title: yup.string().trim().min(3, tooShort).max(120, tooLong).required("required"),
  body: yup.string().trim().min(3, tooShort).max(2000, tooLong).required("required"),
  link: yup
    .string()
    .trim()
    .max(300, tooLong)
    .matches(/^\/[A-Za-z0-9/_\-?=&.%]*$/, "url")
    .optional(),
});
export type StaffMessageInput = yup.InferType<typeof staffMessageSchema>;

/**
 * A staff wording of an e-mail in one language: only the e-mail's own {variables}, braces that pair up,
 * and the variables it must name (subject or body) — each refusal names the variable and what is available.
 */
function checkWording(this: yup.TestContext, value: string | undefined, own: "subject" | "body") {
  const definition = templateDefinition(String(this.parent?.key ?? ""));
  if (!definition || !value) return true;
  const names = messageVariables(value);
  const syntax = { key: "emailTemplateSyntax", values: { example: "{name}" } };
  if (!names) return this.createError({ message: syntax });
  const available = variableList(definition);
  const unknown = [...names].find((name) => !Object.hasOwn(definition.variables, name));
  if (unknown)
    return this.createError({ message: { key: "emailVariableUnknown", values: { name: `{${unknown}}`, available } } });
  try {
    formatMessage(String(this.parent.locale ?? "fr"), value, definition.variables);
  } catch {
    return this.createError({ message: syntax });
  }
  if (own === "body") {
    const named = new Set([...names, ...(messageVariables(String(this.parent.subject ?? "")) ?? [])]);
    const missing = definition.required.find((name) => !named.has(name));
    if (missing)
      return this.createError({ message: { key: "emailVariableMissing", values: { name: `{${missing}}` } } });
  }
  return true;
}

export const emailTemplateSchema = yup.object({
  key: yup.string<EmailTemplateKey>().oneOf(EMAIL_TEMPLATE_KEYS, "choice").required("required"),
  locale: yup.string<Locale>().oneOf(LOCALES, "choice").required("required"),
  subject: yup
    .string()
    .trim()
    .max(200, tooLong)
    .required("required")
    .test("variables", "emailTemplateSyntax", function (value) {
      return checkWording.call(this, value, "subject");
    }),
  body: yup
    .string()
    .trim()
    .max(5000, tooLong)
    .required("required")
    .test("variables", "emailTemplateSyntax", function (value) {
      return checkWording.call(this, value, "body");
    }),
});
export type EmailTemplateInput = yup.InferType<typeof emailTemplateSchema>;

/** Which wording to put back to the catalogue's default. */
export const emailTemplateRefSchema = yup.object({
  key: yup.string<EmailTemplateKey>().oneOf(EMAIL_TEMPLATE_KEYS, "choice").required("required"),
  locale: yup.string<Locale>().oneOf(LOCALES, "choice").required("required"),
});
